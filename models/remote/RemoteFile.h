#pragma once

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// What `stat` found at a remote path.
struct RemoteFile
{
    QString path;
    bool exists = false;
    int mode = 0; ///< permission bits, e.g. 0644
    QString owner;
    QString group;
    qint64 size = 0;
    QByteArray sha256; ///< lower-case hex; empty when the file does not exist
};

/// Options of SshSession::writeFile.
struct WriteOptions
{
    QString backupPath;        ///< if set and the target exists: copied there first (cp -p)
    int mode = -1;             ///< new file's mode when it does not exist yet (default 0644)
    QByteArray expectedSha256; ///< if set: refuse (RemoteFileChanged) unless the current file
                               ///< has this hash; "absent" = must not exist
    bool sudo = false;         ///< forced sudo; otherwise SshTarget::become decides
};

} // namespace fleetdeck
