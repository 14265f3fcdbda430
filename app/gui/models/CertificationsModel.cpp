#include "models/CertificationsModel.h"

#include "commands/EligibilityCommands.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace tulana {
namespace {

using namespace eligibility;

bool isAspectColumn(int column)
{
    return column >= CertificationsModel::RobustnessColumn &&
           column <= CertificationsModel::DocumentationColumn;
}

Aspect aspectOf(int column)
{
    return Aspect(column - CertificationsModel::RobustnessColumn);
}

bool covers(const Certification& c, Aspect a)
{
    return std::find(c.aspects.begin(), c.aspects.end(), a) != c.aspects.end();
}

} // namespace

CertificationsModel::CertificationsModel(TenderDocument* document, QObject* parent)
    : EligibilityBidModel(document, ColumnCount, parent)
{}

int CertificationsModel::currentRows() const
{
    return m_bid < 0 ? 0 : int(m_document->tender().bids[std::size_t(m_bid)].certifications.size());
}

QVariant CertificationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || m_bid < 0)
        return {};
    const Certification& c =
        m_document->tender().bids[std::size_t(m_bid)].certifications[std::size_t(index.row())];
    const int column = index.column();
    if (isAspectColumn(column))
        return role == Qt::CheckStateRole
                   ? QVariant(covers(c, aspectOf(column)) ? Qt::Checked : Qt::Unchecked)
                   : QVariant();
    if (column == SchemeColumn && role == ChoicesRole) {
        QVariantList out;
        for (const QString& key : schemeKeys())
            out << QVariant(QVariantList{displayName(*schemeFromKey(key)), key});
        return out;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case SchemeColumn:
        return role == Qt::EditRole ? toKey(c.scheme) : displayName(c.scheme);
    case IssuerColumn:
        return c.issuer;
    case ReferenceColumn:
        return c.reference;
    case ValidUntilColumn:
        return c.validUntil.isValid() ? c.validUntil.toString(Qt::ISODate) : QString();
    }
    return {};
}

bool CertificationsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || m_bid < 0)
        return false;
    const Bid& bid = m_document->tender().bids[std::size_t(m_bid)];
    std::vector<Certification> list = bid.certifications;
    Certification& c = list[std::size_t(index.row())];
    const int column = index.column();
    if (isAspectColumn(column)) {
        if (role != Qt::CheckStateRole)
            return false;
        const Aspect a = aspectOf(column);
        if ((value.toInt() == Qt::Checked) == covers(c, a))
            return true;
        if (covers(c, a))
            c.aspects.erase(std::find(c.aspects.begin(), c.aspects.end(), a));
        else
            c.aspects.push_back(a);
        std::sort(c.aspects.begin(), c.aspects.end());
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        switch (column) {
        case SchemeColumn:
            if (const auto scheme = schemeFromKey(text))
                c.scheme = *scheme;
            else
                return false;
            break;
        case IssuerColumn:
            c.issuer = text;
            break;
        case ReferenceColumn:
            c.reference = text;
            break;
        case ValidUntilColumn: {
            static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && (!iso.match(text).hasMatch() || !date.isValid())) {
                emit editRejected(
                    tr("“%1” is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.").arg(text));
                return false;
            }
            c.validUntil = date;
            break;
        }
        }
    }
    if (list == bid.certifications)
        return true;
    m_document->push(new SetCertificationsCommand(m_document, m_bid, list,
                                                  tr("Edit a certification of %1").arg(bid.id)));
    return true;
}

Qt::ItemFlags CertificationsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isAspectColumn(index.column()) ? base | Qt::ItemIsUserCheckable
                                          : base | Qt::ItemIsEditable;
}

QVariant CertificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (isAspectColumn(section)) {
        const QString name = displayName(aspectOf(section));
        return QString(name.left(1).toUpper() + name.mid(1));
    }
    switch (section) {
    case SchemeColumn:
        return tr("Scheme");
    case IssuerColumn:
        return tr("Issuer");
    case ReferenceColumn:
        return tr("Reference");
    case ValidUntilColumn:
        return tr("Valid until");
    }
    return {};
}

int CertificationsModel::addCertification()
{
    if (m_bid < 0)
        return -1;
    const Bid& bid = m_document->tender().bids[std::size_t(m_bid)];
    std::vector<Certification> list = bid.certifications;
    list.push_back(Certification{});
    if (!m_document->push(new SetCertificationsCommand(
            m_document, m_bid, list, tr("Add a certification to %1").arg(bid.id))))
        return -1; // refused: the process has fixed the bids' eligibility
    return int(list.size()) - 1;
}

void CertificationsModel::removeCertification(int row)
{
    if (m_bid < 0)
        return;
    const Bid& bid = m_document->tender().bids[std::size_t(m_bid)];
    std::vector<Certification> list = bid.certifications;
    if (row < 0 || std::size_t(row) >= list.size())
        return;
    list.erase(list.begin() + row);
    m_document->push(new SetCertificationsCommand(m_document, m_bid, list,
                                                  tr("Remove a certification of %1").arg(bid.id)));
}

} // namespace tulana
