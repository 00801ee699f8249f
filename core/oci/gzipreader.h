#pragma once

#include <memory>

#include <QIODevice>

namespace Oci {

/// A read-only device that decompresses gzip data read from another device, block by block.
/// Concatenated gzip members are read as one stream, as gzip(1) does.
class GzipReader final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GzipReader)

public:
    /// \a source must already be open for reading and outlive this reader.
    explicit GzipReader(QIODevice *source, QObject *parent = nullptr);
    ~GzipReader() override;

    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool refill();

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QIODevice *m_source;
    bool m_ended = false;
};

} // namespace Oci
