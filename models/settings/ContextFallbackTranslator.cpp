#include "settings/ContextFallbackTranslator.h"

#include <QFile>
#include <QtEndian>

namespace fleetdeck {

namespace {

// The .qm layout (qttools/src/linguist/shared/qm.cpp): a 16-byte magic, then blocks of
// tag (1 byte), length (4 bytes, big-endian), data. The Messages block holds one record per
// message: fields tag + length + bytes, ended by Tag_End.
constexpr uchar BlockMessages = 0x69;
constexpr uchar TagEnd = 1;
constexpr uchar TagSourceText16 = 2;
constexpr uchar TagTranslation = 3;
constexpr uchar TagContext16 = 4;
constexpr uchar TagObsolete1 = 5;
constexpr uchar TagSourceText = 6;
constexpr uchar TagContext = 7;
constexpr uchar TagComment = 8;
constexpr int MagicLength = 16;

} // namespace

ContextFallbackTranslator::ContextFallbackTranslator(QObject* parent) : QTranslator(parent) {}

bool ContextFallbackTranslator::loadFile(const QString& fileName)
{
    if (!QTranslator::load(fileName))
        return false;
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        index(file.readAll());
    return true;
}

void ContextFallbackTranslator::index(const QByteArray& qm)
{
    m_contexts.clear();
    const auto* data = reinterpret_cast<const uchar*>(qm.constData());
    qsizetype pos = MagicLength;
    while (pos + 5 <= qm.size()) {
        const uchar tag = data[pos];
        const quint32 length = qFromBigEndian<quint32>(data + pos + 1);
        pos += 5;
        if (length > quint32(qm.size() - pos))
            return;
        if (tag == BlockMessages) {
            const qsizetype end = pos + length;
            QByteArray context, source, comment;
            qsizetype p = pos;
            while (p < end) {
                const uchar field = data[p++];
                if (field == TagEnd) {
                    if (!context.isEmpty() && !source.isEmpty())
                        m_contexts.insert(source + '\0' + comment, context);
                    context.clear();
                    source.clear();
                    comment.clear();
                    continue;
                }
                if (field == TagObsolete1) { // a 4-byte field without a length
                    p += 4;
                    continue;
                }
                if (p + 4 > end)
                    return;
                const quint32 len = qFromBigEndian<quint32>(data + p);
                p += 4;
                if (len == 0xffffffff) // a null translation
                    continue;
                if (len > quint32(end - p))
                    return;
                const QByteArray bytes(qm.constData() + p, len);
                p += len;
                if (field == TagContext)
                    context = bytes;
                else if (field == TagSourceText)
                    source = bytes;
                else if (field == TagComment)
                    comment = bytes;
                else if (field != TagTranslation && field != TagSourceText16 && field != TagContext16)
                    return; // unknown field: stop indexing, exact lookups still work
            }
        }
        pos += length;
    }
}

QByteArray ContextFallbackTranslator::key(const char* sourceText, const char* comment)
{
    return QByteArray(sourceText ? sourceText : "") + '\0' + QByteArray(comment ? comment : "");
}

QString ContextFallbackTranslator::translate(const char* context, const char* sourceText,
                                             const char* disambiguation, int n) const
{
    const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!exact.isNull() || !sourceText)
        return exact;
    const auto it = m_contexts.constFind(key(sourceText, disambiguation));
    if (it == m_contexts.constEnd() || it.value() == (context ? context : ""))
        return exact;
    return QTranslator::translate(it.value().constData(), sourceText, disambiguation, n);
}

bool ContextFallbackTranslator::isEmpty() const
{
    return QTranslator::isEmpty();
}

} // namespace fleetdeck
