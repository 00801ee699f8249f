#include "topologyeditcommand.h"

#include "topologydocument.h"

namespace Ui {

TopologyEditCommand::TopologyEditCommand(TopologyDocument *document, const QString &text, Topology::Topology before,
                                         Topology::Topology after, const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void TopologyEditCommand::undo()
{
    m_document->applyTopology(m_before);
}

void TopologyEditCommand::redo()
{
    m_document->applyTopology(m_after);
}

int TopologyEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableId;
}

bool TopologyEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TopologyEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Ui
