#include "util/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QSvgRenderer>

namespace tulana {
namespace {

// The grey the line icons are drawn with (see resources/icons/README.md).
constexpr char kLineColour[] = "color=\"#767676\"";

class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    QIconEngine* clone() const override { return new ThemedIconEngine(m_svg); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QByteArray svg = coloured(mode);
        const QString key = QString::number(size.width()) + QLatin1Char('x') +
                            QString::number(size.height()) + QLatin1Char(':') +
                            QString::number(qHash(svg));
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(), size), mode, state);
        painter.end();
        m_cache.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
            mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        QByteArray svg = m_svg;
        const QByteArray replacement = "color=\"" + colour.name().toLatin1() + '"';
        return svg.replace(kLineColour, replacement);
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedIconEngine(file.readAll()));
}

QPushButton* iconButton(const QString& icon, const QString& text, const char* objectName,
                        QWidget* parent)
{
    auto* b = new QPushButton(themedIcon(icon), text, parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

} // namespace tulana
