#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace tulana {

// Walks the application the way a reviewer would and saves a PNG of each
// main screen: every page of the main window for each tender given, plus the
// new-tender wizard. The pictures in docs/screenshots are made with it
// (scripts/screenshots), so they always show the current build.
class ScreenshotTour
{
public:
    explicit ScreenshotTour(QDir outputDir);

    // Opens `tenderPath` in a fresh main window and grabs each page.
    // Returns false and sets `error` when the file cannot be opened.
    // `prefix` starts each file name (e.g. "hi-" for the Hindi screens).
    bool grabTender(const QString& tenderPath, QString* error, const QString& prefix = {});
    // The new-tender wizard, each of its pages, on a blank window.
    void grabWizard();
    // One page of one tender in a dark palette, to check colours follow it.
    bool grabDark(const QString& tenderPath, const QString& pageObjectName, QString* error);

    // Training mode: the first case of the pack in `packDir` started, a step
    // highlighted, a feedback shown, the summary, and the certificate's first
    // page (via pdftoppm, when installed). False and `error` when the pack has
    // no case or the case cannot be started.
    bool grabTraining(const QString& packDir, QString* error);
    // Evaluator mode, on a member's signed sheet as a recorded tender keeps
    // it (docs/committee.md).
    bool grabSheet(const QString& recordedTenderPath, const QString& member, QString* error);

    QStringList written() const { return m_written; }

private:
    QString save(class QWidget* widget, const QString& name);

    QDir m_outputDir;
    QStringList m_written;
};

} // namespace tulana
