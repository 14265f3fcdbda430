#include "CommandHelp.h"

#include "i18n/Translate.h"

#include <QStringList>

#include <vector>

namespace tulana::cli {
namespace {

struct CommandUsage
{
    QLatin1StringView name;
    QString lines; // indented usage lines, each option aligned at column 34
};

// In the order the whole help lists them.
std::vector<CommandUsage> commandUsages()
{
    return {
        {QLatin1StringView("validate"),
         tulana::tr("  validate FILE [--format F]     check a tender file; list every problem with "
                    "its place;\n"
                    "                                 F is text (default) or json (with JSON "
                    "paths)\n")},
        {QLatin1StringView("score"),
         tulana::tr("  score FILE [--format F]        evaluate and print the ranking; F is table "
                    "(default),\n"
                    "                                 json or csv\n"
                    "  score FILE --mse-preference    say which preference rule for micro and "
                    "small\n"
                    "                                 enterprises or start-ups the tender's "
                    "rulebook states\n"
                    "                                 (Tulana applies none; exit code 1)\n")},
        {QLatin1StringView("export-xlsx"),
         tulana::tr("  export-xlsx FILE --out OUT.xlsx\n"
                    "                                 write the evaluation as an Excel workbook "
                    "in which\n"
                    "                                 every score is a formula over the marks "
                    "and prices\n")},
        {QLatin1StringView("export-ocds"),
         tulana::tr("  export-ocds FILE [--out OUT.json] [--ocid-prefix P] [--date YYYY-MM-DD]\n"
                    "                                 publish the award as an OCDS 1.1 release "
                    "package with\n"
                    "                                 the bids and their scores (to stdout "
                    "without --out)\n")},
        {QLatin1StringView("import-ocds"),
         tulana::tr("  import-ocds RELEASE --out FILE start a tender from a published OCDS "
                    "release or\n"
                    "                                 record package and list what it could not "
                    "fill in\n")},
        {QLatin1StringView("sensitivity"),
         tulana::tr("  sensitivity FILE [--format F] [--draws N] [--seed S] [--weight-range PCT]\n"
                    "                    [--draw-marks] [--threads T]\n"
                    "                                 how robust the award is: the technical "
                    "weights and\n"
                    "                                 criterion weights it holds over, the price "
                    "and\n"
                    "                                 technical score each bid would need to win, "
                    "each\n"
                    "                                 member left out, and rank acceptability over "
                    "N draws\n"
                    "                                 of weights within ±PCT% (default 10000, "
                    "10); F is\n"
                    "                                 table (default) or json\n")},
        {QLatin1StringView("committee"),
         tulana::tr("  committee FILE [--format F]    how far the committee's members disagree: "
                    "each\n"
                    "                                 criterion's spread in the announced bands, "
                    "marks\n"
                    "                                 unlike the others (robust z), each member's "
                    "leniency,\n"
                    "                                 whether one member decides the award and "
                    "whether\n"
                    "                                 moderation changed the winner; F is table "
                    "(default)\n"
                    "                                 or json\n")},
        {QLatin1StringView("import-bids"),
         tulana::tr(
             "  import-bids FILE BIDS [--out OUT] [--sheet NAME]\n"
             "                                 add the bids in BIDS (CSV, or a sheet of an "
             "XLSX\n"
             "                                 workbook) to the tender and save it (to OUT, "
             "or FILE\n"
             "                                 itself); nothing is written if any row is "
             "wrong\n"
             "  import-bids FILE --template T  write the sheet the import expects (T ends in "
             ".xlsx\n"
             "                                 or .csv)\n")},
        {QLatin1StringView("generate"),
         tulana::tr("  generate --bids N --criteria C --evaluators E [--seed S] [--out OUT]\n"
                    "                                 write a synthetic tender (for benchmarks "
                    "and demos)\n")},
        {QLatin1StringView("openness"),
         tulana::tr("  openness RECORD [--format F]   assess an AI system's openness from a Model "
                    "Openness\n"
                    "                                 Tool or Open Source AI Index YAML record: "
                    "MOF class,\n"
                    "                                 outcomes, OSI definition, openwashing flags; "
                    "F is\n"
                    "                                 table (default) or json\n"
                    "  openness RECORD --into FILE --bid ID [--claim C] [--out OUT]\n"
                    "                                 record it as the openness of bid ID in the "
                    "tender and\n"
                    "                                 save it (to OUT, or FILE itself); C is what "
                    "the bid\n"
                    "                                 calls the system: open-source, open or "
                    "not-stated\n")},
        {QLatin1StringView("memo"),
         tulana::tr("  memo FILE --out OUT [--date YYYY-MM-DD] [--language en|hi]\n"
                    "                                 write the decision memo (office note) as "
                    "PDF, ODT,\n"
                    "                                 HTML or Markdown, by OUT's extension, in "
                    "English or\n"
                    "                                 Hindi (default: the locale's language); "
                    "refused while\n"
                    "                                 a departure from the open-source option "
                    "lacks its\n"
                    "                                 justification\n")},
        {QLatin1StringView("verify-memo"),
         tulana::tr("  verify-memo FILE MEMO [--format F]\n"
                    "                                 check that MEMO is FILE's: its fingerprint, "
                    "then\n"
                    "                                 everything it says, against the memo made "
                    "again\n"
                    "                                 from FILE (in either order: a memo ends in "
                    ".pdf,\n"
                    "                                 .odt, .html or .md); F is table (default) "
                    "or json\n")},
        {QLatin1StringView("log"),
         tulana::tr("  log FILE [--format F]          list the recorded process's log: each "
                    "act, when, by\n"
                    "                                 whom, and the digest of what it fixed; F "
                    "is table\n"
                    "                                 (default) or json\n")},
        {QLatin1StringView("verify"),
         tulana::tr("  verify FILE [--checkpoint SIZE:HASH] [--format F]\n"
                    "                                 check the recorded process: the log's "
                    "chain and\n"
                    "                                 signatures, the order of the acts, and "
                    "that nothing\n"
                    "                                 fixed by an act has changed since; with a "
                    "checkpoint\n"
                    "                                 printed on a memo, that the log extends "
                    "it\n")},
        {QLatin1StringView("key"),
         tulana::tr("  key new --actor ID [--name NAME] [--out KEY] [--passphrase-file P]\n"
                    "                                 make a signing key for a committee member "
                    "(ID: an\n"
                    "                                 evaluator id) or the officer, its secret "
                    "half locked\n"
                    "                                 under a passphrase\n")},
        {QLatin1StringView("seal"),
         tulana::tr("  seal PROPOSAL --tender-key KEY --out ENVELOPE\n"
                    "                                 seal a bidder's financial proposal with "
                    "the tender's\n"
                    "                                 envelope key: only the committee together "
                    "opens it\n")},
        {QLatin1StringView("process"),
         tulana::tr("  process ACT FILE --key KEY [--passphrase-file P] [--out OUT]\n"
                    "                                 record an act of the evaluation, signed "
                    "with KEY:\n"
                    "                                 announce (--member KEY... [--threshold K]), "
                    "receive\n"
                    "                                 (--bid ID --envelope E), bids-received, "
                    "eligibility-\n"
                    "                                 assessed, technical-locked, "
                    "technical-unlocked and\n"
                    "                                 rules-corrected (--reason TEXT), "
                    "decision-finalised,\n"
                    "                                 memo-issued; open (each present member's "
                    "--key);\n"
                    "                                 envelope-key (the key bidders seal with)\n")},
        {QLatin1StringView("sheet"),
         tulana::tr("  sheet issue FILE --member ID --out SHEET --key KEY\n"
                    "                                 issue a committee member their evaluator "
                    "sheet: the\n"
                    "                                 criteria and the bids' technical side, no "
                    "price, no\n"
                    "                                 other member's marks; logged in FILE\n"
                    "  sheet csv SHEET [--out CSV]    the sheet as a CSV to fill in a "
                    "spreadsheet\n"
                    "  sheet sign SHEET --key KEY [--marks CSV] [--out OUT]\n"
                    "                                 the member fills (from CSV) and signs "
                    "their sheet\n"
                    "  sheet receive FILE SHEET --key KEY\n"
                    "                                 check a signed sheet against the member's "
                    "key and the\n"
                    "                                 tender, log its receipt, then take in its "
                    "marks\n")},
        {QLatin1StringView("moderate"),
         tulana::tr("  moderate FILE --bid ID --criterion ID --member ID --marks N --reason "
                    "TEXT\n"
                    "                    [--key KEY]  revise one member's mark with the "
                    "committee's reason;\n"
                    "                                 the original is kept (signed with KEY in "
                    "a recorded\n"
                    "                                 process)\n")},
        {QLatin1StringView("registry"),
         tulana::tr("  registry [--db DB] add FILE [--publish-scores] [--contact TEXT]\n"
                    "                    [--status S --date YYYY-MM-DD]\n"
                    "                                 put a finalised decision into the "
                    "registry of AI\n"
                    "                                 procurements (the same tender again "
                    "updates it)\n"
                    "  registry [--db DB] list [--search TEXT] [--entity E] [--year Y] "
                    "[--nature N]\n"
                    "                    [--departure yes|no] [--mof-class C] [--status S] "
                    "[--format F]\n"
                    "                                 list the records; F is table (default) "
                    "or json\n"
                    "  registry [--db DB] show ID     print a record as JSON\n"
                    "  registry [--db DB] status ID --set S --date YYYY-MM-DD\n"
                    "                                 record that the system is in-development, "
                    "in-use or\n"
                    "                                 retired from that date\n"
                    "  registry [--db DB] export --format csv|json|html [--language en|hi] "
                    "--out FILE\n"
                    "                                 write the records (the list's filters "
                    "apply); html is\n"
                    "                                 a page an office can publish as it is\n"
                    "                                 DB is sqlite:PATH (default: registry.sqlite "
                    "in the\n"
                    "                                 user's data folder) or "
                    "postgresql://user@host:port/db;\n"
                    "                                 the password comes from the system "
                    "keychain, else\n"
                    "                                 from PGPASSWORD or ~/.pgpass\n"
                    "  registry --db postgresql://... password [--forget] [--passphrase-file F]\n"
                    "                                 keep the server's password in the system "
                    "keychain\n"
                    "                                 (typed without echo, or the first line of "
                    "F), or\n"
                    "                                 remove it; never in a file of Tulana's\n")},
        {QLatin1StringView("training"),
         tulana::tr("  training list [PACK]           list the cases of a training pack "
                    "(default: the\n"
                    "                                 bundled one): id, minutes, goals, "
                    "questions, title\n"
                    "  training check PACK|CASE.json  check a training pack (a directory with "
                    "pack.json) or\n"
                    "                                 one case; list every problem with its file "
                    "and place\n"
                    "  training verify-certificate RESULTS (CERTIFICATE.pdf | --id ID --date "
                    "YYYY-MM-DD)\n"
                    "                                 check that a certificate was made from the "
                    "results file\n"
                    "                                 RESULTS (not who the trainee is: it is no "
                    "signature)\n")},
    };
}

QString optionsAndExitCodes()
{
    return tulana::tr("Options:\n"
                      "  -h, --help                     show this help\n"
                      "  -v, --version                  show the version\n"
                      "\n"
                      "Exit codes: 0 success, 1 invalid input (messages on stderr), 2 usage "
                      "error.\n");
}

} // namespace

QString helpText()
{
    QString text = tulana::tr("Usage: tulana-cli COMMAND [OPTIONS]\n"
                              "\n"
                              "Evaluate AI-system tenders (QCBS, L1/LCS, QBS, FBS) kept in "
                              ".tulana files.\n"
                              "\n"
                              "Commands:\n");
    for (const CommandUsage& usage : commandUsages())
        text += usage.lines;
    return text + u'\n' + optionsAndExitCodes();
}

std::optional<QString> commandHelpText(const QString& command)
{
    for (const CommandUsage& usage : commandUsages())
        if (command == usage.name)
            return tulana::tr("Usage:\n") + usage.lines + u'\n' + optionsAndExitCodes();
    return std::nullopt;
}

bool asksForHelp(const QStringList& commandArguments)
{
    return commandArguments.contains(QLatin1String("--help")) ||
           commandArguments.contains(QLatin1String("-h"));
}

} // namespace tulana::cli
