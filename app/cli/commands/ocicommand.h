#pragma once

#include <memory>
#include <optional>

#include <QCommandLineParser>

#include "command.h"
#include "oci/reference.h"
#include "oci/registryclient.h"
#include "ociconnectionoptions.h"

namespace Cli {

/// Base of the commands that talk to one registry: parses the shared connection options and one
/// positional reference, and hands the command a ready client.
class OciCommand : public Command
{
public:
    int run(const QStringList &arguments, Context &context) final;

protected:
    struct Invocation
    {
        Oci::Reference reference;
        Oci::RegistryClient &client;
        bool json = false;
        const QCommandLineParser &parser;
    };

    /// A reference to an OCI image layout on disk (`oci-layout:PATH[:tag]`).
    struct LayoutInvocation
    {
        Oci::Reference reference;
        bool json = false;
        const QCommandLineParser &parser;
    };

    /// "ls REGISTRY [options]" and so on.
    virtual QString usage() const = 0;
    virtual QString positionalName() const = 0;
    virtual QString positionalDescription() const = 0;
    /// True when the positional argument may be a registry alone (`host[:port]`).
    virtual bool acceptsRegistryOnly() const { return false; }
    /// True when the reference must name a repository.
    virtual bool needsRepository() const { return true; }
    /// Adds options of the command itself.
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual int execute(const Invocation &invocation, Context &context) = 0;
    /// Commands that read OCI image layouts too override this; the default refuses layouts.
    virtual std::optional<int> executeOnLayout(const LayoutInvocation &invocation, Context &context)
    {
        Q_UNUSED(invocation)
        Q_UNUSED(context)
        return std::nullopt;
    }

    /// Prints an operation's error and returns Failure.
    static int fail(const Util::Error &error, Context &context);
};

} // namespace Cli
