#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace tulana {

// A first window: opens a .tulana file and shows its evaluation as the CLI
// prints it. The full desktop application replaces it (issue 3).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    bool openFile(const QString& path);

private:
    void chooseFile();
    QPlainTextEdit* m_view;
};

} // namespace tulana
