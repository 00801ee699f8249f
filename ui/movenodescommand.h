#pragma once

#include <QUndoCommand>

#include "topologydocument.h"

namespace Ui {

/// Moving nodes on the canvas: only their positions change, the topology stays as it is.
class MoveNodesCommand final : public QUndoCommand
{
public:
    MoveNodesCommand(TopologyDocument *document, TopologyDocument::Positions before, TopologyDocument::Positions after);

    void undo() override;
    void redo() override;

private:
    TopologyDocument *m_document;
    TopologyDocument::Positions m_before;
    TopologyDocument::Positions m_after;
};

} // namespace Ui
