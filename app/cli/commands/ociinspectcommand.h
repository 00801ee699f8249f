#pragma once

#include "ocicommand.h"

namespace Cli {

/// `inspect REF`: a manifest or index, its digest, children, subject and annotations (or its raw bytes).
class OciInspectCommand final : public OciCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;

protected:
    QString usage() const override
    {
        return QStringLiteral("inspect HOST[:PORT]/REPOSITORY[:TAG][@DIGEST] | oci-layout:PATH[:TAG] [options]");
    }
    QString positionalName() const override { return QStringLiteral("REF"); }
    QString positionalDescription() const override;
    void addOptions(QCommandLineParser &parser) override;
    int execute(const Invocation &invocation, Context &context) override;
    std::optional<int> executeOnLayout(const LayoutInvocation &invocation, Context &context) override;

private:
    int show(const Oci::ManifestResponse &response, const Oci::Reference &reference, bool json,
             const QCommandLineParser &parser, Context &context) const;
    void printText(const Oci::ManifestResponse &response, const Oci::Reference &reference, Context &context) const;

    QCommandLineOption m_raw{QStringLiteral("raw")};
};

} // namespace Cli
