#include "fluxignore.h"

namespace Oci {

FluxIgnore::FluxIgnore()
{
    addPatterns(defaultPatterns());
}

QStringList FluxIgnore::defaultPatterns()
{
    // The defaults of Flux's source-controller: version control files, binary media and archives,
    // CI service configuration, then configuration files of release and secret tools.
    return {
        QStringLiteral(".git/"),
        QStringLiteral(".gitignore"),
        QStringLiteral(".gitmodules"),
        QStringLiteral(".gitattributes"),
        QStringLiteral("*.jpg"),
        QStringLiteral("*.jpeg"),
        QStringLiteral("*.gif"),
        QStringLiteral("*.png"),
        QStringLiteral("*.wmv"),
        QStringLiteral("*.flv"),
        QStringLiteral("*.tar.gz"),
        QStringLiteral("*.zip"),
        QStringLiteral(".github/"),
        QStringLiteral(".circleci/"),
        QStringLiteral(".travis.yml"),
        QStringLiteral(".gitlab-ci.yml"),
        QStringLiteral("appveyor.yml"),
        QStringLiteral(".drone.yml"),
        QStringLiteral("cloudbuild.yaml"),
        QStringLiteral("codeship-services.yml"),
        QStringLiteral("codeship-steps.yml"),
        QStringLiteral("**/.goreleaser.yml"),
        QStringLiteral("**/.sops.yaml"),
        QStringLiteral("**/.flux.yaml"),
    };
}

QString FluxIgnore::ignoreFileName()
{
    return QStringLiteral(".sourceignore");
}

QString FluxIgnore::globToRegex(const QString &glob)
{
    QString regex;
    for (int i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*') && glob.mid(i, 3) == QLatin1String("**/")) {
            regex += QLatin1String("(?:.*/)?");
            i += 2;
        } else if (c == QLatin1Char('*') && glob.mid(i, 2) == QLatin1String("**")) {
            regex += QLatin1String(".*");
            ++i;
        } else if (c == QLatin1Char('*')) {
            regex += QLatin1String("[^/]*");
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1String("[^/]");
        } else if (c == QLatin1Char('[')) {
            const int close = glob.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0) {
                regex += QLatin1String("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            regex += QLatin1Char('[') + set + QLatin1Char(']');
            i = close;
        } else if (c == QLatin1Char('\\') && i + 1 < glob.size()) {
            regex += QRegularExpression::escape(glob.at(++i));
        } else {
            regex += QRegularExpression::escape(c);
        }
    }
    return QLatin1Char('^') + regex + QLatin1Char('$');
}

void FluxIgnore::addPatterns(const QStringList &lines, const QString &domain)
{
    for (const QString &line : lines) {
        QString text = line.trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;

        Pattern pattern;
        pattern.domain = domain;
        if (text.startsWith(QLatin1Char('!'))) {
            pattern.negated = true;
            text.remove(0, 1);
        }
        if (text.endsWith(QLatin1Char('/'))) {
            pattern.directoryOnly = true;
            text.chop(1);
        }
        pattern.anchored = text.contains(QLatin1Char('/'));
        if (text.startsWith(QLatin1Char('/')))
            text.remove(0, 1);
        if (text.isEmpty())
            continue;
        pattern.expression = QRegularExpression(globToRegex(text));
        m_patterns.append(pattern);
    }
}

bool FluxIgnore::isIgnored(const QString &relativePath, bool isDirectory) const
{
    bool ignored = false;
    for (const Pattern &pattern : m_patterns) {
        if (pattern.directoryOnly && !isDirectory)
            continue;
        QString path = relativePath;
        if (!pattern.domain.isEmpty()) {
            if (!path.startsWith(pattern.domain + QLatin1Char('/')))
                continue;
            path = path.mid(pattern.domain.size() + 1);
        }
        const QString subject = pattern.anchored ? path : path.section(QLatin1Char('/'), -1);
        if (pattern.expression.match(subject).hasMatch())
            ignored = !pattern.negated;
    }
    return ignored;
}

} // namespace Oci
