#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

struct lxw_workbook;

namespace tulana {

// libxlsxwriter writes only to a named file: this gives it one in a private
// temporary folder and hands back the finished bytes, so the caller saves
// them with the one atomic save (never a half-written workbook in place).
// Internal to core/spreadsheet.
class WorkbookFile
{
public:
    explicit WorkbookFile(QString* error);
    ~WorkbookFile();
    WorkbookFile(const WorkbookFile&) = delete;
    WorkbookFile& operator=(const WorkbookFile&) = delete;

    bool isOpen() const { return m_book != nullptr; }
    lxw_workbook* workbook() const { return m_book; }
    // Finishes the workbook; its bytes, or empty with the error set.
    QByteArray close();

private:
    QString* m_error;
    QTemporaryDir m_folder;
    QString m_path;
    lxw_workbook* m_book = nullptr;
};

} // namespace tulana
