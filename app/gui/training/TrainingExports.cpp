// TrainingController: the summary, the certificate, the results file and the
// xAPI statements.

#include "training/TrainingController.h"

#include "CertificatePdf.h"
#include "i18n/Language.h"
#include "support/SaveFile.h"
#include "training/Certificate.h"
#include "training/TrainingSession.h"
#include "training/Xapi.h"
#include "util/Format.h"
#include "util/StandardButtons.h"
#include "views/MainWindow.h"

#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>

namespace tulana::training {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString scoreText(double points, double max)
{
    const int percent = max > 0 ? qRound(100 * points / max) : 0;
    return TrainingController::tr("%1 of %2 points (%3%)")
        .arg(formatNumber(points), formatNumber(max))
        .arg(percent);
}

// A file name from the trainee's name: letters, digits and dashes.
QString fileStem(const QString& prefix, const QString& name)
{
    QString stem = name.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return stem.isEmpty() ? prefix : prefix + QLatin1Char('-') + stem;
}

} // namespace

QString TrainingController::summaryHtml() const
{
    QString html;
    if (m_session) {
        const TrainingCase& c = m_session->trainingCase();
        const Score s = m_session->score();
        html += QStringLiteral("<h2>%1</h2>").arg(esc(c.title.text()));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Score: %1").arg(scoreText(s.points, s.max))));
        int total = int(c.questions.size());
        if (!m_session->isComplete())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("You answered %1 of %2 questions; answer the rest to "
                                    "complete the case.")
                                     .arg(m_session->answeredCount())
                                     .arg(total)));
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"4\">").arg(esc(tr("Per goal")));
        for (const Goal& g : c.goals) {
            const Score gs = m_session->goalScore(g.id);
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(esc(g.text.text()), esc(scoreText(gs.points, gs.max)));
        }
        html += QStringLiteral("</table>");

        QStringList review;
        for (const Question& q : c.questions) {
            const AnswerRecord* r = m_session->record(q.id);
            if (r && r->feedback.correct)
                continue;
            const Goal* g = c.goal(q.goal);
            const QString why = r ? tr("not right first time") : tr("not answered");
            review << QStringLiteral("<li>%1 <i>(%2%3)</i></li>")
                          .arg(esc(q.prompt.text()), esc(why),
                               g ? esc(QStringLiteral("; ") + g->text.text()) : QString());
        }
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What to review")));
        if (review.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Nothing: every answer was right the first time.")));
        else
            html += QStringLiteral("<ul>%1</ul>").arg(review.join(QString()));
    }
    if (!m_results.cases.empty()) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"4\">")
                    .arg(esc(tr("Cases in this sitting (%1)").arg(m_results.trainee.name)));
        double points = 0;
        double max = 0;
        for (const CaseResult& r : m_results.cases) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                        .arg(esc(r.title), esc(scoreText(r.points, r.max)),
                             esc(r.completed ? tr("completed") : tr("not finished")));
            if (r.completed) {
                points += r.points;
                max += r.max;
            }
        }
        html += QStringLiteral("</table>");
        if (max > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Completed cases together: %1").arg(scoreText(points, max))));
    }
    // Where the sitting's completed cases stand against the pass mark
    // announced before it.
    if (!html.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(certificate(m_results, QDate::currentDate(), nullptr).outcome));
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(esc(tr("No case started yet.")));
    return html;
}

bool TrainingController::writeCertificate(const QString& path, QString* error) const
{
    if (m_results.completedCases().empty()) {
        if (error)
            *error = tr("no case is completed yet: answer every question of a case first");
        return false;
    }
    const TrainingPack* p = m_pack ? &*m_pack : nullptr;
    const CertificateContent content = certificate(m_results, QDate::currentDate(), p);
    CertificateSheet sheet;
    sheet.language = i18n::currentLanguage();
    sheet.heading = content.title;
    sheet.preamble = content.preamble;
    sheet.trainee = content.traineeName;
    sheet.statement = content.statement;
    sheet.packTitle = p ? p->title.text() : m_results.packTitle;
    sheet.caseColumn = tr("Case");
    sheet.scoreColumn = tr("Score");
    sheet.dateColumn = tr("Completed");
    for (const CertificateLine& line : content.cases)
        sheet.rows.push_back({line.caseTitle, line.score, line.finished});
    sheet.totalLine = content.total;
    sheet.outcomeLine = content.outcome;
    sheet.issuerLine = content.issuer;
    sheet.dateLine = tr("Date: %1").arg(content.date);
    sheet.identifier = content.identifier;
    sheet.issued = content.issued.toString(Qt::ISODate);
    // The label may bring its own colon ("Certificate identifier:").
    sheet.identifierLine = content.identifierLabel.endsWith(u':')
                               ? tr("%1 %2").arg(content.identifierLabel, content.identifier)
                               : tr("%1: %2").arg(content.identifierLabel, content.identifier);
    sheet.footnote = tr("The identifier is computed from what this certificate states, all of "
                        "it in the trainee's results file (Training ▸ Export Results…) but the "
                        "date: “tulana-cli training verify-certificate RESULTS CERTIFICATE” "
                        "checks that the two agree. It is not a signature and does not prove "
                        "who the trainee is.");
    return writeCertificatePdf(sheet, path, error);
}

bool TrainingController::writeResultsFile(const QString& path, QString* error) const
{
    const QByteArray results = writeResults(m_results);
    if (!saveFileAtomically(path, results, error))
        return false;
    m_exported = results;
    return true;
}

bool TrainingController::writeXapiFile(const QString& path, QString* error) const
{
    if (!saveFileAtomically(path, writeXapi(m_results), error))
        return false;
    m_exported = writeResults(m_results);
    return true;
}

bool TrainingController::hasUnexportedResults()
{
    recordProgress();
    return !m_results.cases.empty() && writeResults(m_results) != m_exported;
}

bool TrainingController::confirmQuit()
{
    if (!hasUnexportedResults())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Training results not exported"),
                    tr("The results of this training sitting (%n case(s)) have not been "
                       "exported, and are lost when Tulana closes.",
                       nullptr, int(m_results.cases.size())),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unexportedResultsBox"));
    QPushButton* exportButton = box.addButton(tr("&Export Results…"), QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(tr("&Quit Without Them"), QMessageBox::DestructiveRole);
    box.setDefaultButton(exportButton);
    nameStandardButtons(box);
    box.exec();
    if (box.clickedButton() == quit)
        return true;
    if (box.clickedButton() != exportButton)
        return false;
    exportResults();
    return !hasUnexportedResults();
}

void TrainingController::saveCertificate()
{
    recordProgress();
    if (m_results.completedCases().empty()) {
        messageBox::information(m_window, tr("Certificate"),
                                tr("A certificate lists the cases you completed. Answer every "
                                   "question of a case, then ask for it again."));
        return;
    }
    const QString path =
        askSavePath(tr("Save the certificate"),
                    fileStem(QStringLiteral("tulana-certificate"), m_results.trainee.name) +
                        QStringLiteral(".pdf"),
                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeCertificate(path, &error)) {
        messageBox::critical(
            m_window, tr("Certificate"),
            tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote the certificate to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void TrainingController::exportResults()
{
    recordProgress();
    const QString path =
        askSavePath(tr("Export the results"),
                    fileStem(QStringLiteral("tulana-results"), m_results.trainee.name) +
                        QStringLiteral(".json"),
                    tr("Training results (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeResultsFile(path, &error)) {
        messageBox::critical(
            m_window, tr("Export results"),
            tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote the results to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void TrainingController::exportXapi()
{
    recordProgress();
    const QString path = askSavePath(
        tr("Export xAPI statements"),
        fileStem(QStringLiteral("tulana-xapi"), m_results.trainee.name) + QStringLiteral(".json"),
        tr("xAPI statements (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeXapiFile(path, &error)) {
        messageBox::critical(
            m_window, tr("Export xAPI statements"),
            tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote the xAPI statements to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

} // namespace tulana::training
