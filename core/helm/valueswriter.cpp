#include "valueswriter.h"

#include "valuesnodes.h"
#include "yamlemitter.h"

namespace Helm {

QByteArray ValuesWriter::write(const ExportPlan &plan)
{
    return YamlEmitter::emit(ValuesNodes::document(plan));
}

} // namespace Helm
