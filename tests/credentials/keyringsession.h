#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include <unistd.h>

// Makes a test executable re-run itself under tests/credentials/run-with-keyring.sh, so that it talks
// to a private Secret Service whether it is started by CTest or by hand.
inline void reexecUnderKeyringSession(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("PRC_KEYRING_SESSION"))
        return;

    static QByteArray script = QByteArrayLiteral(PRC_SOURCE_DIR "/tests/credentials/run-with-keyring.sh");
    std::vector<char *> arguments{script.data()};
    for (int i = 0; i < argc; ++i)
        arguments.push_back(argv[i]);
    arguments.push_back(nullptr);
    execv(script.constData(), arguments.data());
    qFatal("cannot run %s", script.constData());
}
