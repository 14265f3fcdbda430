#pragma once

// A throw-away PostgreSQL cluster for the registry's tests: initdb into a
// temporary folder, a server on 127.0.0.1 at a free port (its socket in the
// same folder), stopped and removed when the object goes. PostgreSQL refuses
// to run as root, and CI runs as root in a bare Debian root: there the
// cluster runs as `nobody` through runuser. Needs Debian's postgresql package
// (initdb and pg_ctl under /usr/lib/postgresql/VERSION/bin).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace tulana::testsupport {

class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster() { stop(); }
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // The newest installed PostgreSQL's bin folder; empty when none is.
    static QString binFolder()
    {
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
        for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
            const QString bin = lib.filePath(*v + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")) &&
                QFile::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    // Starts the cluster; false with *why on failure. With a password, the
    // server asks for it on TCP (SCRAM-SHA-256) and trusts its socket, so a
    // test can make databases through socketFolder() without it.
    bool start(QString* why, const QString& password = {})
    {
        m_bin = binFolder();
        if (m_bin.isEmpty()) {
            *why = QStringLiteral("PostgreSQL is not installed (no initdb under "
                                  "/usr/lib/postgresql/*/bin; apt-get install postgresql)");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        m_port = freePort();
        const QString data = m_dir->filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        if (::geteuid() == 0) {
            // The folder QTemporaryDir made is root's alone: let `nobody`
            // through it and give it the cluster's folders.
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody) {
                *why = QStringLiteral("running as root, and there is no user nobody to run "
                                      "PostgreSQL as");
                return false;
            }
            m_runAs = QStringLiteral("nobody");
            QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ReadOther |
                                                     QFile::ExeOther | QFile::ReadGroup |
                                                     QFile::ExeGroup);
            if (::chown(QFile::encodeName(data).constData(), nobody->pw_uid, nobody->pw_gid) != 0 ||
                ::chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid,
                        nobody->pw_gid) != 0) {
                *why = QStringLiteral("cannot give the cluster's folder to nobody");
                return false;
            }
        }
        QStringList initdb{QStringLiteral("-D"),
                           data,
                           QStringLiteral("-U"),
                           user(),
                           QStringLiteral("-E"),
                           QStringLiteral("UTF8"),
                           QStringLiteral("--no-instructions")};
        if (password.isEmpty()) {
            initdb << QStringLiteral("--auth=trust");
        } else {
            QFile passwordFile(m_dir->filePath(QStringLiteral("password")));
            if (!passwordFile.open(QIODevice::WriteOnly) ||
                passwordFile.write(password.toUtf8() + '\n') < 0) {
                *why = QStringLiteral("cannot write the cluster's password file");
                return false;
            }
            passwordFile.close();
            initdb << QStringLiteral("--auth-local=trust")
                   << QStringLiteral("--auth-host=scram-sha-256")
                   << QStringLiteral("--pwfile=") + passwordFile.fileName();
        }
        QString said;
        if (!run(QStringLiteral("initdb"), initdb, &said)) {
            *why = QStringLiteral("initdb failed: ") + said;
            return false;
        }
        // A cluster that is thrown away needs no durability: no fsync.
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off "
                           "-c max_connections=60")
                .arg(m_port)
                .arg(m_dir->path());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                  m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                 &said)) {
            QFile log(m_dir->filePath(QStringLiteral("server.log")));
            log.open(QIODevice::ReadOnly);
            *why =
                QStringLiteral("pg_ctl start failed: ") + said + QString::fromUtf8(log.readAll());
            return false;
        }
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        QString said;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &said);
        m_running = false;
    }

    int port() const { return m_port; }
    // The folder of the server's Unix socket (a host name for libpq).
    QString socketFolder() const { return m_dir ? m_dir->path() : QString(); }
    static QString user() { return QStringLiteral("tulana"); }
    // postgresql://tulana@127.0.0.1:PORT/DATABASE
    QString url(const QString& database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user())
            .arg(m_port)
            .arg(database);
    }

private:
    bool run(const QString& tool, const QStringList& args, QString* said) const
    {
        QProcess process;
        const QString program = m_bin + u'/' + tool;
        if (m_runAs.isEmpty())
            process.start(program, args);
        else
            process.start(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args);
        const bool finished = process.waitForFinished(120000);
        *said = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    QString m_bin;
    QString m_runAs;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace tulana::testsupport
