#pragma once

#include <memory>

#include <QIODevice>

#include "util/result.h"

namespace Oci {

/// A write-only device that gzip-compresses into another device. The gzip header is fixed (no name, no
/// modification time, operating system "unknown"), so the same input always gives the same bytes.
class GzipWriter final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GzipWriter)

public:
    /// \a target must already be open for writing and outlive this writer.
    explicit GzipWriter(QIODevice *target, int level = 6, QObject *parent = nullptr);
    ~GzipWriter() override;

    bool isSequential() const override { return true; }
    /// Writes the header; must be called before writing.
    bool open(OpenMode mode) override;
    /// Flushes the compressor and writes the trailer. Calling it twice is harmless.
    Util::Result<void> finish();
    void close() override;

    /// Bytes written to the target so far (header and trailer included).
    qint64 compressedSize() const { return m_compressedSize; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool deflateInput(const char *data, qint64 size, int flush);
    bool writeTarget(const char *data, qint64 size);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QIODevice *m_target;
    int m_level;
    qint64 m_compressedSize = 0;
    bool m_finished = false;
    QString m_failure;
};

} // namespace Oci
