#pragma once

#include <QList>

#include "command.h"
#include "oci/connectionsettings.h"
#include "oci/fluxartifact.h"
#include "oci/reference.h"

namespace Cli {

/// `pull REF -o DIR`: downloads a Flux artifact and extracts its files safely into a directory.
class PullCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    /// Extracts into \a directory, or only lists when it is empty.
    static Util::Result<QList<Oci::FluxArtifact::File>> pull(const Oci::Reference &reference,
                                                             const Oci::ConnectionSettings &settings,
                                                             const QString &directory,
                                                             Oci::FluxArtifact::Existing existing);
    static void print(const QList<Oci::FluxArtifact::File> &files, bool json, Context &context);
};

} // namespace Cli
