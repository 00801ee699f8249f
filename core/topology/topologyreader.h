#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include "model.h"
#include "util/result.h"

namespace Topology {

/// Turns a parsed YAML document into a Topology, strictly: each field is converted by its own type rules
/// and every problem names the file, line and column. Used by TopologyFile; throws ReadError internally,
/// which TopologyFile turns into a Util::Result.
class TopologyReader final
{
    Q_DECLARE_TR_FUNCTIONS(Topology::TopologyReader)

public:
    struct ReadError
    {
        Util::Error error;
    };

    explicit TopologyReader(const QString &fileName);

    Topology read(const YAML::Node &root);

private:
    /// A mapping whose keys were checked against the allowed set.
    class Map
    {
        Q_DECLARE_TR_FUNCTIONS(Topology::TopologyReader::Map)

    public:
        Map(const TopologyReader &reader, const YAML::Node &node, const QString &what, const QStringList &allowed);

        YAML::Node get(const char *key) const;
        bool has(const char *key) const { return get(key).IsDefined() && !get(key).IsNull(); }
        QString string(const char *key, const QString &fallback = QString()) const;
        QString requiredString(const char *key) const;
        bool boolean(const char *key, bool fallback) const;
        std::optional<bool> optionalBoolean(const char *key) const;
        int integer(const char *key, int fallback, int minimum, int maximum) const;
        QStringList strings(const char *key) const;
        const YAML::Node &node() const { return m_node; }

    private:
        QString field(const char *key) const;

        const TopologyReader &m_reader;
        YAML::Node m_node;
        QString m_what;
        QList<std::pair<QString, YAML::Node>> m_entries;
    };

    [[noreturn]] void fail(const YAML::Node &node, const QString &message) const;
    QString scalar(const YAML::Node &node, const QString &what) const;
    template<typename Enum>
    Enum enumValue(const Map &map, const char *key, Enum fallback,
                   std::optional<Enum> (*fromKey)(const QString &)) const;
    void forEachItem(const Map &parent, const char *key,
                     const std::function<void(const YAML::Node &, int)> &read) const;
    void checkSecret(const Map &map, const char *key) const;

    void readHeader(const YAML::Node &root) const;
    void readClusters(const Map &map, Topology &topology) const;
    void readLists(const Map &map, Topology &topology) const;
    Hub readHub(const YAML::Node &node) const;
    RegistryConnection readConnection(const YAML::Node &node, const QString &what) const;
    BasicAuth readBasicAuth(const YAML::Node &node, const QString &what) const;
    ProxyData readProxy(const YAML::Node &node, const QString &what) const;
    CertData readCerts(const YAML::Node &node, const QString &what) const;
    Registry readRegistry(const YAML::Node &node, const QString &what) const;
    Cluster readSpoke(const YAML::Node &node, const QString &what) const;
    ReachabilityFact readFact(const YAML::Node &node, const QString &what) const;
    FederationRule readRule(const YAML::Node &node, const QString &what) const;

    QString m_fileName;
    bool m_inlineSecrets = false;
};

} // namespace Topology
