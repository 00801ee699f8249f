#include "movenodescommand.h"

#include <QCoreApplication>

namespace Ui {

MoveNodesCommand::MoveNodesCommand(TopologyDocument *document, TopologyDocument::Positions before,
                                   TopologyDocument::Positions after)
    : QUndoCommand(
          QCoreApplication::translate("Ui::MoveNodesCommand", "Move %n element(s)", nullptr, int(after.size())))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void MoveNodesCommand::undo()
{
    m_document->applyPositions(m_before);
}

void MoveNodesCommand::redo()
{
    m_document->applyPositions(m_after);
}

} // namespace Ui
