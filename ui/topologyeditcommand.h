#pragma once

#include <QUndoCommand>

#include "topology/model.h"

namespace Ui {

class TopologyDocument;

/// One edit of the topology, kept as the model before and after it. Consecutive edits of the same field
/// (typing in the property editor) merge into one step when they share a merge key.
class TopologyEditCommand final : public QUndoCommand
{
public:
    TopologyEditCommand(TopologyDocument *document, const QString &text, Topology::Topology before,
                        Topology::Topology after, const QString &mergeKey = QString());

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int mergeableId = 1;

private:
    TopologyDocument *m_document;
    Topology::Topology m_before;
    Topology::Topology m_after;
    QString m_mergeKey;
};

} // namespace Ui
