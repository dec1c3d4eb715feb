#pragma once

#include "config/ConfigResult.h"
#include "config/NginxTokenizer.h"
#include "config/NginxUpstream.h"

#include <QCoreApplication>

#include <optional>

namespace fleetdeck {

/// Implementation of NginxUpstream::parse (one parse per instance).
class NginxUpstreamParser
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::NginxUpstreamParser)

public:
    NginxUpstreamParser(const QByteArray& text, const QString& name, const QString& sourcePath);

    ConfigResult<NginxUpstream> parse(const QString& socketTemplate);

private:
    struct Block
    {
        qsizetype header = 0; ///< token index of `upstream`
        qsizetype open = 0;   ///< token index of `{`
        qsizetype close = -1; ///< token index of `}`
    };
    using MaybeError = std::optional<ConfigError>;

    MaybeError findBlocks();
    MaybeError checkBlockCount() const;
    MaybeError readBlock(const Block& block);
    MaybeError readStatement(qsizetype first, qsizetype semicolon);
    MaybeError readServer(qsizetype first, qsizetype semicolon);
    MaybeError assignWorkers(const QString& socketTemplate);

    ConfigError error(ConfigError::Kind kind, const QString& message, int line) const;
    QString fileName() const;
    void indexLines();
    qsizetype lineEnd(int line) const;
    qsizetype lineNext(int line) const;
    bool onlyBlanks(qsizetype from, qsizetype to) const;

    const QByteArray& m_text;
    QString m_name;
    QString m_path;
    QList<NginxToken> m_tokens;
    QList<qsizetype> m_lineStarts;
    QList<Block> m_blocks;
    NginxUpstream m_result;
};

} // namespace fleetdeck
