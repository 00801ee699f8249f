#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

#include "util/result.h"

namespace Helm {

/// A YAML text with the name of the file it came from: loads it without letting yaml-cpp's exceptions out and
/// turns node positions into errors that name file, line and column.
class YamlSource final
{
    Q_DECLARE_TR_FUNCTIONS(Helm::YamlSource)

public:
    struct Comment
    {
        int line = 0;   ///< 1-based
        int column = 0; ///< 1-based, at the '#'
        QString text;   ///< from the '#' to the end of the line
    };

    YamlSource(QByteArray text, QString fileName);

    /// The single document of the text; an empty text is an empty map. Errors carry the position.
    Util::Result<YAML::Node> load() const;

    /// An error located at \a node (or at the start of the file for nodes without a position).
    Util::Error errorAt(const YAML::Node &node, const QString &message) const;
    Util::Error errorAt(const YAML::Mark &mark, const QString &message) const;

    /// The comments in the text, found by a line scanner that knows quotes and block scalars. yaml-cpp drops
    /// comments on load, so these are what a rewrite of the file loses.
    QList<Comment> comments() const;

    const QString &fileName() const { return m_fileName; }

private:
    QByteArray m_text;
    QString m_fileName;
};

} // namespace Helm
