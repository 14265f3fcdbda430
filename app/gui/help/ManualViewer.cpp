#include "help/ManualViewer.h"

#include "help/Manual.h"

#include <QAction>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace tulana::help {

ManualViewer::ManualViewer(QWidget* parent)
    : QDialog(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
    , m_back(new QAction(tr("&Back"), this))
    , m_forward(new QAction(tr("&Forward"), this))
{
    setObjectName(QStringLiteral("manualViewer"));
    setWindowTitle(tr("Tulana User Manual"));
    setModal(false);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setAccessibleName(tr("Manual page"));
    m_browser->setOpenExternalLinks(true);
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_contents->setAccessibleName(tr("Contents of the manual"));

    m_back->setObjectName(QStringLiteral("actionManualBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward->setObjectName(QStringLiteral("actionManualForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    auto* home = new QAction(tr("&Contents"), this);
    home->setObjectName(QStringLiteral("actionManualContents"));
    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(home, &QAction::triggered, this, [this] { showTopic(manualTopics().constFirst()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_back);
    tools->addAction(m_forward);
    tools->addAction(home);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 720}); // room for the longest title of the contents
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(split, 1);
    resize(980, 720);

    // Choosing in the contents opens the topic; following a link or going
    // back selects the topic shown.
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        const QStringList topics = manualTopics();
        if (row >= 0 && row < topics.size() && source() != manualUrl(topics[row], m_language))
            m_browser->setSource(manualUrl(topics[row], m_language));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualViewer::followSource);
}

void ManualViewer::showTopic(const QString& topic)
{
    // The language is decided at each opening, so that the manual follows
    // the interface (the contents' titles with it).
    if (m_language != manualLanguage())
        fillContents();
    m_browser->setSource(manualUrl(topic, m_language));
    show();
    raise();
    activateWindow();
}

QUrl ManualViewer::source() const
{
    return m_browser->source();
}

void ManualViewer::fillContents()
{
    m_language = manualLanguage();
    const QSignalBlocker block(m_contents);
    m_contents->clear();
    for (const QString& topic : manualTopics())
        m_contents->addItem(topicTitle(topic, m_language));
}

void ManualViewer::followSource(const QUrl& url)
{
    // The signal's URL: source() may not be updated yet while it is emitted.
    QString topic = url.fileName();
    topic.chop(5); // ".html"
    const QSignalBlocker block(m_contents);
    m_contents->setCurrentRow(int(manualTopics().indexOf(topic)));
}

} // namespace tulana::help
