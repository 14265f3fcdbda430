#include "ScreenshotTour.h"

#include "i18n/Language.h"
#include "training/TrainingLoad.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

// tulana-screenshots OUTDIR TENDER... : PNGs of the main screens, for
// docs/screenshots (run through scripts/screenshots under Xvfb).
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Its own settings, so a run never touches the officer's recent files.
    QApplication::setOrganizationName(QStringLiteral("Tulana"));
    QApplication::setApplicationName(QStringLiteral("Tulana screenshots"));

    // As the app does at start: English with its plural forms ("5 bids").
    tulana::i18n::useLanguage(QStringLiteral("en"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves a PNG of each main screen."));
    parser.addHelpOption();
    QCommandLineOption pack(QStringLiteral("training-pack"),
                            QStringLiteral("The case pack for the training screens (default: the "
                                           "bundled one)."),
                            QStringLiteral("dir"));
    parser.addOption(pack);
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where PNGs go."));
    parser.addPositionalArgument(QStringLiteral("tenders"), QStringLiteral(".tulana files."),
                                 QStringLiteral("tender..."));
    parser.process(app);
    QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: tulana-screenshots OUTDIR TENDER...\n";
        return 2;
    }
    QDir out(args.takeFirst());
    if (!out.mkpath(QStringLiteral("."))) {
        err << "cannot create " << out.path() << '\n';
        return 2;
    }
    tulana::ScreenshotTour tour(out);
    int failures = 0;
    for (const QString& tender : std::as_const(args)) {
        QString error;
        if (!tour.grabTender(tender, &error)) {
            err << error << '\n';
            ++failures;
        }
    }
    QString error;
    tour.grabWizard();
    if (!tour.grabDark(args.constFirst(), QStringLiteral("evaluationPage"), &error)) {
        err << error << '\n';
        ++failures;
    }
    // Evaluator mode, on the recorded sample's sheet of E3.
    for (const QString& tender : std::as_const(args))
        if (tender.endsWith(QLatin1String("-recorded.tulana")) &&
            !tour.grabSheet(tender, QStringLiteral("E3"), &error)) {
            err << error << '\n';
            ++failures;
        }
    // Training mode, on the first case of the pack.
    const QString packDir =
        parser.isSet(pack) ? parser.value(pack) : tulana::training::bundledPackDir();
    if (!tour.grabTraining(packDir, &error)) {
        err << error << '\n';
        ++failures;
    }
    // The chatbot sample in Hindi, to check the translated screens
    // (windows are built after the switch, so every text is Hindi).
    for (const QString& tender : std::as_const(args)) {
        if (!tender.endsWith(QLatin1String("citizen-services-chatbot.tulana")))
            continue;
        tulana::i18n::ScopedLanguage hindi(QStringLiteral("hi"));
        if (!tour.grabTender(tender, &error, QStringLiteral("hi-"))) {
            err << error << '\n';
            ++failures;
        }
    }
    QTextStream(stdout) << tour.written().size() << " screenshots in " << out.path() << '\n';
    return failures == 0 ? 0 : 1;
}
