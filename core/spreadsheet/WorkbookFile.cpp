#include "WorkbookFile.h"

#include "i18n/Translate.h"

#include <xlsxwriter.h>

#include <QFile>

namespace tulana {

WorkbookFile::WorkbookFile(QString* error)
    : m_error(error)
{
    if (!m_folder.isValid()) {
        *m_error =
            tulana::tr("no temporary folder for the workbook: %1").arg(m_folder.errorString());
        return;
    }
    m_path = m_folder.filePath(QStringLiteral("workbook.xlsx"));
    m_book = workbook_new(QFile::encodeName(m_path).constData());
    if (!m_book)
        *m_error = tulana::tr("the workbook could not be started");
}

WorkbookFile::~WorkbookFile()
{
    if (m_book)
        workbook_close(m_book); // frees it; the folder goes with this object
}

QByteArray WorkbookFile::close()
{
    const lxw_error result = workbook_close(m_book);
    m_book = nullptr;
    if (result != LXW_NO_ERROR) {
        *m_error = tulana::tr("the workbook could not be written: %1")
                       .arg(QString::fromUtf8(lxw_strerror(result)));
        return {};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *m_error = tulana::tr("the workbook could not be read back: %1").arg(file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace tulana
