<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AddBidCommand</name>
    <message>
        <source>Add bid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCriterionCommand</name>
    <message>
        <source>Add group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddEvaluatorCommand</name>
    <message>
        <source>Add evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBidsCommand</name>
    <message numerus="yes">
        <source>Import %n bid(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveBidCommand</name>
    <message>
        <source>Remove bid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveCriterionCommand</name>
    <message>
        <source>Remove group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEvaluatorCommand</name>
    <message>
        <source>Remove evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBidFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCriterionFieldCommand</name>
    <message>
        <source>Change %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEvaluatorFieldCommand</name>
    <message>
        <source>Change %1 of evaluator %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetMarkCommand</name>
    <message>
        <source>Clear mark of %1 on “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mark of %1 on “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetQcbsWeightsCommand</name>
    <message>
        <source>Set weights to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetTenderFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evaluate AI-system tenders (QCBS, L1, QBS, FBS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .tulana tender to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file, show the window and quit at once (exit status 0 when it opened), for install checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana</name>
    <message>
        <source>Usage: tulana-cli COMMAND [OPTIONS]

Evaluate AI-system tenders (QCBS, L1/LCS, QBS, FBS) kept in .tulana files.

Commands:
  validate FILE                  check a tender file; list every problem with its place
  score FILE [--format F]        evaluate and print the ranking; F is table (default),
                                 json or csv
  import-bids FILE CSV [--out OUT]
                                 add the bids in CSV to the tender and save it (to OUT,
                                 or FILE itself); nothing is written if any row is wrong
  generate --bids N --criteria C --evaluators E [--seed S] [--out OUT]
                                 write a synthetic tender (for benchmarks and demos)
  openness RECORD [--format F]   assess an AI system&apos;s openness from a Model Openness
                                 Tool or Open Source AI Index YAML record: MOF class,
                                 outcomes, OSI definition, openwashing flags; F is
                                 table (default) or json
  memo FILE --out OUT [--date YYYY-MM-DD] [--language en|hi]
                                 write the decision memo (office note) as PDF, ODT,
                                 HTML or Markdown, by OUT&apos;s extension, in English or
                                 Hindi (default: the locale&apos;s language); refused while
                                 a departure from the open-source option lacks its
                                 justification
  verify-memo FILE MEMO          check that MEMO&apos;s fingerprint matches FILE&apos;s evaluation

Options:
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 success, 1 invalid input (messages on stderr), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;tulana-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes no FILE: use --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-bids takes a tender FILE and a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported and %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bid(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>memo takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo needs --out OUT.pdf, OUT.odt, OUT.html or OUT.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the memo&apos;s format from &quot;%1&quot;: end it in .pdf, .odt, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and ODT memos need a QGuiApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memo was written: the decision departs from the open-source option or from the evaluation, and its justification is incomplete. Record what is listed above in the tender&apos;s &quot;decision&quot; section (docs/considerations.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1%2 (fingerprint %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a draft: the decision is not finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-memo takes a tender FILE and a MEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the memo&apos;s format from &quot;%1&quot;: a memo ends in .pdf, .odt, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the evaluation in %2
fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the evaluation in %2: the evaluation data changed after the memo was made, or the memo is of another tender.
  memo: %3
  file: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openness takes one RECORD file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n bid(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procuring entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rulebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical score basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie-break rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an amount in figures, such as 1,25,00,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it in figures, such as 1,25,00,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ODT document could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ODT document could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ODT document Tulana can read (no content.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries no Tulana fingerprint (&quot;%1&quot; followed by 64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3, open source AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3, open source AI systems, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3, proprietary AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3, proprietary AI systems, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a side of Table 3: use open or proprietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of a cell: use text or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leaning: use open, proprietary or neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every answer needs the Table 3 cell that supports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 of &quot;%3&quot; is blank in Table 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consideration of Table 3 has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs at least one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favours open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favours proprietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a context questions file (&quot;tulana-context-questions&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required section &quot;questions&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questions must follow Table 3, one per consideration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evaluated price of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender&apos;s context has not been recorded: the recommendation rests on the evaluation alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: of the %1 considerations of Table 3, %2 favour open source, %3 favour proprietary, %4 are neutral and %5 are not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 Table 3 says: “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief&apos;s rule applied: “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: no award, because the top bids are tied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1: the top bids are tied in the evaluation, and where the options are equivalent openness is prioritised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation yet: the evaluation made no award (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1 ranks first with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1, the evaluation&apos;s winner: no open-source bid qualified technically, so there is no open-source option to prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1: the open-source bid wins the evaluation, so the evaluation and the preference for openness agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best-ranked open-source bid, %1, has %2 (rank %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt %1: more considerations favour open source (%2) than proprietary (%3), so open source is better suited. Selecting it instead of %4 departs from the evaluation, and that needs its own reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be preferred: more considerations favour proprietary (%2) than open source, and it wins the evaluation. Selecting it departs from the open-source option %3, which must be justified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt %1: the context is balanced and it ties with %2 in the evaluation (the tie-break rule alone put %2 first), so the options are equivalent and openness is prioritised. Selecting it departs from the evaluation, and that needs its own reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be preferred: the context is balanced and it ranks above the open-source bid %2 in the evaluation. Selecting it departs from the open-source option, which must be justified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publishers must be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this clause is not part of decisionRule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly published with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Table 3 file (&quot;tulana-table3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required section &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 is %3 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 is %3 points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two have the same %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it costs %1 %2 (%3%) more than %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it costs %1 %2 (%3%) less than %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluated prices are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price gap is not known (a financial proposal was not opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected bid &quot;%1&quot; is not one of the tender&apos;s bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bid is selected and the evaluation made no award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended by the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) is %4 although the open-source bid %5 (%6) qualified technically (rank %7): %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is open source: the open-source option is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open-source bid qualified technically: the selection of %1 (%2) does not depart from an open-source option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 points lower on the %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is selected instead of the evaluation&apos;s winner, %2%3: this departs from the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation made no award (%1): selecting %2 departs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason tied to &quot;%1&quot; is too short to be checked: write at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision relies on &quot;%1&quot;, but its context question is not answered: answer it so the reason can be read against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; favours open source; say how it nevertheless supports selecting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is selected although the open-source bid(s) %3 qualified: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), the evaluation&apos;s winner, is put forward although the open-source bid(s) %3 qualified: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a reason for each consideration of Table 3 the decision relies on (at least one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the overall statement justifying the departure from the open-source option (%1) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the overall statement is too short to be checked: write at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no award)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is selected, not the evaluation&apos;s winner %2: the reason for departing from the evaluation is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for departing from the evaluation is too short to be checked: write at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bid is selected (the evaluation&apos;s winner is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bid is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bid has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be selected: it is not qualified (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finalised decision needs its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no bids below its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (columns %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: no criterion has that id (the other columns are bidder, system, nature, price, tax, id, status and status reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: no criterion has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; names a group of criteria; marks go to its criteria %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: no evaluator has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds marks, but the tender has no evaluators yet to record them against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 has both a committee column and columns per evaluator; keep one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks columns are missing for %1; give each criterion one column, such as &quot;%2&quot;, or one per evaluator, such as &quot;%2/%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name in the header but has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bid status; write responsive, non-responsive or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bidder&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the system offered is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nature is empty; write open-source, proprietary or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nature of bid; write open-source, proprietary or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price is empty; only a bid that is not responsive may have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price must be greater than zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax must be zero or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a bid in the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write the amount in figures, such as 1,25,00,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks must be zero or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum of %2 marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (a misspelling, or a file from another program?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group has no marks of its own: move maxMarks and minMarks to its criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks given but the committee has %2 evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark must be a number or null, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nature: use open-source, proprietary or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use responsive, non-responsive or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; file, not a Tulana tender (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was written by a newer version of Tulana (file format version %1; this version reads up to %2). Open it with a newer Tulana; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consideration of Table 3 has the id &quot;%1&quot;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;: use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical marks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators: %1. Averages and points are shown to two decimals; the technical score uses them unrounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation of the scores of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula and working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation of the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score in this note can be recomputed by hand from the tender file: the committee&apos;s marks, the weights and the prices below are the inputs the fingerprint covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score of the qualified bids, in rank order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score of every bid scored, with the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3 of the policy brief, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evaluated price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICE NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: result of the evaluation, and the choice between open-source and proprietary AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — NOT FINALISED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender No. %1, “%2”, was issued by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids received: %1. Bids that qualified technically: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation committee: %1. Each member marked each criterion independently; the committee&apos;s mark is the average of the members&apos; marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum technical score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical %1 : financial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated price includes taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated price excludes taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decimal place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each score rounded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the combined score rounded, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie-break: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method of evaluation and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1. Rules announced in the tender: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters were checked against the rulebook “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical criteria and weights (points of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion contributes weight × committee average / maximum marks. A committee average below a criterion&apos;s minimum marks disqualifies the bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not ranked, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest evaluated price among technically qualified bids (Fm) is %1. Financial proposals of bids that did not qualify were not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, ranks first with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award results from the evaluation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank reversal warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(designation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the evaluation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation fingerprint %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with Tulana %1. To check that this note matches an evaluation file, run: tulana-cli verify-memo FILE MEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with Tulana %1 from %2. To check that this note matches the evaluation file, run: tulana-cli verify-memo %2 MEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender cannot be evaluated, so there is nothing to put in a memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness of the bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nature of each AI system is recorded below as declared in the bid and recorded by the committee. “Mixed” systems combine open-source and proprietary parts; only open-source bids count as open-source options in this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness of the bids as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considerations for AI procurement (Table 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy brief %1 proposes a decision matrix of considerations for choosing between open-source and proprietary AI systems. It states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this tender the context was recorded against each consideration of Table 3. Each answer gives the consideration a leaning, supported by the text of Table 3 quoted beside it; the officer&apos;s reasoning is the justification recorded with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3 analysis: context, leaning and reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context of this tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3 text relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulana&apos;s rule: the answered considerations are counted; if more favour open source, open source is better suited; if more favour proprietary, proprietary offers advantages; if they balance, the evaluation decides, and where the evaluation is also level, openness is prioritised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source bids passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap in %1 (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap in technical score (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price difference (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price difference (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences are the selected bid&apos;s figure minus the open-source bid&apos;s: a positive score gap means the selected bid scored higher, a positive price difference that it costs more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure from the open-source option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection and the open-source option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bid has been selected yet: the evaluation&apos;s winner is treated as the bid put forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification. The decision relies on the following considerations of Table 3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for departing from the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is prepared under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It follows the policy brief “%1” (%2), which recommends accountability for the choice between open-source and proprietary AI systems in public procurement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief proposes that this mechanism be embedded through amendments to the General Financial Rules, 2017. That is a recommendation: the General Financial Rules, 2017 do not at present require it, and this note does not rely on them for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bid has been selected yet. This draft is put up for consideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is selected for the award of Tender No. %3. The decision was finalised on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval is sought for the selection of %1 (%2) for the award of Tender No. %3, for the reasons recorded above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown content type for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of components is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown framework component %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSI-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSF-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-data licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open licence for models and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use-restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an open licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX License List %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown restriction &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a use-restricted licence lists its restrictions, an open one none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the SPDX list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; names unknown %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meaning &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a deprecated SPDX id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: released without a licence, so no rights are granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the component is not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the licence is not stated; ask the bidder for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence Tulana knows (%2): check its terms by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence Tulana recognises: check its terms by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class I – Open Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class II – Open Tooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class III – Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not stated in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: released without a licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: released under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: released, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 0% (the class above it in openness is not met yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% – lacking %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated in the record: %1. If each were confirmed released under an open licence: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Model Openness Framework record: the top level must be a mapping with &quot;framework&quot; and &quot;release&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework.name is not &quot;Model Openness Framework&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record needs a &quot;release&quot; mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.name, the model&apos;s name, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.license should be a mapping; read as the distribution licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.license must be a mapping of distribution, code, data and document licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.license.%1 must be a mapping with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence name must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.components, the list of released components, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.components must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component must be a mapping with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the Model Openness Framework&apos;s 17 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; the later entry is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed in the Model Openness Tool record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Openness Tool record lists &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Openness Tool record lists &quot;%1&quot; with &quot;%2&quot;: not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Openness Framework: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the components the record does not state were confirmed open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes enabled (Table 1): %1; partly: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSI Open Source AI Definition 1.0: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No openwashing flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openwashing flags: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled data file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled data file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no openness marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Model Openness Framework class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the outcomes of openness enabled (Table 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a points table of released components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marks add up to %1, more than the maximum of %2: a bid&apos;s marks are capped at the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marks add up to %1: no bid can reach the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the openness sub-criterion needs maximum marks above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial credit is a share between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks for %1 must be between 0 and the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a more open class earns fewer marks than a less open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome of Table 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component Tulana knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openness marks = marks announced for the Model Openness Framework class reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openness marks = Σ marks of each outcome × (1 if enabled, %1 if partly, 0 if not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openness marks = Σ marks of each component × (1 if released under an open licence, %1 if partly released or under other terms, 0 otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 capped at the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness marks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rounded here: the technical score is rounded as the tender announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender announces no openness sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released openly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly released / summary only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered from the bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Openness Tool record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Open Source AI Index record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described as: %1. %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Openness Framework: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The research paper stands in for the technical report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes (Table 1 of the policy brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facets of transparency (Table 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSI Open Source AI Definition 1.0: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openwashing flags: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Openwashing flags: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>European Open Source AI Index: availability %1, documentation %2, access %3, total %4 (%n parameter(s) graded)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;open source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;open&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricts their use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not OSI-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1, but the weights&apos; licence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system is described as %1, but its weights are released under %2, which %3. Open Source AI needs the freedom to use, study, modify and share for any purpose (OSI Open Source AI Definition 1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the weights are released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are made available, but neither the training code nor any information about the training data: open weights are not open source. The system can be run and fine-tuned, not studied or rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information about the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the training data, the fine-tuning data nor a data card is released or described. The Open Source AI Definition requires sufficiently detailed information about the data used for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence of these released components is not given or not recognised, so whether they may be used, modified and shared cannot be told: %1. Ask the bidder for the licence texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Open Source AI Index record: the top level must be a mapping with &quot;system&quot; and the graded parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record needs a &quot;system&quot; mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.name, the system&apos;s name, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org must be a mapping with the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index lists generative AI systems that their makers describe as &quot;open&quot; or &quot;open source&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded in the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index records only the end model&apos;s licence; Tulana applies it to every component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping with class, link and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the class must be open, partial or closed, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Open Source AI Index: %1 graded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decided from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown terms &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown component %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released without a licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not OSI-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restricts its use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the Open Source AI Definition 1.0: data information, the complete code under OSI-approved licences and the parameters under OSI-approved terms are all available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not meet the Open Source AI Definition 1.0. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it meets the Open Source AI Definition 1.0 cannot be decided: the record does not state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no mark for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: component %2 is not mapped to it in components.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facet %1 names unknown row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names unknown Table 1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: does not apply to this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3; reusable under open terms: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Enabled by: %3; partly by: %4; lacking: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Counts only what is released under open terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Needs all of these components together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3% of its enabling components released). Lacking: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an openness record: expected a Model Openness Tool record (&quot;framework&quot;, &quot;release&quot;) or an Open Source AI Index record (&quot;system&quot; and graded parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;)&quot; without its &quot;(&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator (AND, OR, WITH) is missing before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITH must follow a licence id from the SPDX list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exception id must follow WITH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;(&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence id is missing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence id is missing before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a licence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only DocumentRef-…:LicenseRef-… may contain &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;+&quot; may only end a licence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LicenseRef- must be followed by a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical %1% : financial %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical scores normalised to the highest (Tn = 100 × T / Tmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum technical score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>each score rounded to %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the combined score rounded, to %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tender %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuring entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest evaluated price among qualified bids (Fm): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest combined score, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest evaluated price among qualified bids, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest technical score, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest technical score within the budget, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner: %1 (%2, %3) with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (rank reversal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value here must be text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs the text field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs min, max or oneOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rulebook needs &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rulebook needs a rules array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rulebook is called &quot;%1&quot;; known rulebooks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rounded: the tender rounds only the combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rounded half away from zero to %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>there is no marked criterion number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee average for &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average = (sum of the evaluators&apos; marks) / number of evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rounded: averages enter the technical score in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T = Σ weight × average marks / maximum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score used in the combined score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the technical score as marked (the tender does not normalise it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tn = 100 × T / Tmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T, this bid&apos;s technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tmax, the highest technical score among qualified bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the financial proposal is not opened for this bid (two-envelope rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F = quoted price + tax (the tender evaluates prices with taxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F = quoted price (the tender evaluates prices without taxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rounded: prices are used as quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only technically qualified bids get a financial score: this bid&apos;s financial proposal is not opened (two-envelope rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this selection method gives no financial score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F, this bid&apos;s evaluated price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fm, the lowest evaluated price among qualified bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sf = 100 × Fm / F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sf = 100 × (Fmax − F) / (Fmax − Fm); 100 when all prices are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fmax, the highest evaluated price among qualified bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only technically qualified bids get a combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this selection method ranks without a combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S = St × Tw + Sf × Fw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St, technical score used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tw, technical weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sf, financial score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fw, financial weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender has not been evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee&apos;s average of %1 marks for &quot;%2&quot; is below its minimum of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical score %1 is below the minimum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated price %1 is above the budget of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the evaluation is not complete: %n bid(s) cannot be scored yet (see the problems listed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no bids have been entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bid is qualified: every bid was rejected or fell short (see each bid&apos;s reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied and the announced tie-break (%2) does not separate them: the committee must decide as the tender provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and another bid had the same score; the announced tie-break (%2) ranked %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender cannot be evaluated until the problems listed are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-responsive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be scored yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest evaluated price, which sets every financial score, would be %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest evaluated price, an end of the linear price scale, would be %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest technical score, which normalises the others, would be %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 were withdrawn or disqualified, %2 would win instead of %3: %4. The winner depends on a bid that does not win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had %1 qualified, %2 would rank above %3 among the other bids: %4. Its disqualification decides between two other bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proprietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-responsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality- and Cost-Based Selection (QCBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-Cost Selection (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-Based Selection (QBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-Budget Selection (FBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher technical score, then lower evaluated price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower evaluated price, then higher technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sf = 100 × lowest price / price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sf = 100 × (highest price − price) / (highest price − lowest price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender needs a reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight must be a percentage between 0 and 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the technical weight (%1%) and the financial weight (%2%) must add up to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum technical score must be between 0 and 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-Budget Selection needs the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget must be greater than zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals must be between 0 and 6, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every criterion needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every criterion needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight cannot be negative or missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum marks must be greater than zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum marks must be between 0 and the maximum of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights add up to %1 but must add up to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation committee needs at least one evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every evaluator needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bid needs the bidder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bid that is %1 needs the reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted price is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted price must be greater than zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marks sheet has %1 × %2 cells but the tender has %3 criteria × %4 evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not marked &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks is more than the maximum of %2 for &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every bid needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender needs at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the technical score is out of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::AmountEdit</name>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::BidsModel</name>
    <message>
        <source>reason required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the bid is %1: the record must give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted price, excluding taxes, is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bid needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is used by another bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price was not changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax was not changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price was not changed: a quoted price must be greater than zero, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax was not changed: it cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::BidsPage</name>
    <message>
        <source>&amp;Add bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bids from a CSV file: bidder, system, nature, price, tax…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bid was imported from %1. Fix these places in the file and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) imported from %1, with these remarks:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::CommitteeEditor</name>
    <message>
        <source>Add &amp;evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove e&amp;valuator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::CriteriaModel</name>
    <message>
        <source>The weights of its criteria add up to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the 100 technical points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the 100 technical points; with a technical weight of %2%, this is its share of the combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is used by another criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight is a number of points between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum marks must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum marks must be between 0 and the maximum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::CriteriaPage</name>
    <message>
        <source>Group “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;ub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion after the selected one, at the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion under the selected one, which becomes a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of criteria at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender has no criteria yet: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top-level weights add up to %1; they must add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total weight: 100 of 100 technical points, in %n marked criteria.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::CriterionEditor</name>
    <message>
        <source>Mi&amp;nimum marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A committee average below the minimum disqualifies the bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a criterion to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its criteria share its %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::DerivationPanel</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source in the tender file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation of the selected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rank reversal:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tie-break:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No award:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a score to see how it was worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number does not exist for this bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before rounding %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::EvaluationPage</name>
    <message>
        <source>No tender yet. Start one with File ▸ New Tender… (Ctrl+N), or open a .tulana file (Ctrl+O) or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender cannot be evaluated yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No award: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest evaluated price %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner: %1, %2 (%3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::EvaluatorsModel</name>
    <message>
        <source>Every evaluator needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is used by another evaluator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::FieldHints</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Tulana is restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulana will be in %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::MainWindow</name>
    <message>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Tender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new tender: method, rulebook, weights and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Bids from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tulana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*]%2 — Tulana</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bid(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · cannot be evaluated yet (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · winner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tulana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tulana %1&lt;/h3&gt;&lt;p&gt;Evaluate AI-system tenders by QCBS, L1, QBS or FBS, with every number traceable to the tender file.&lt;/p&gt;&lt;p&gt;तुलना means “comparison”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulana tenders (*.tulana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The tender on screen is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2
The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::MarksModel</name>
    <message>
        <source>⌀ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: marks are between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet (out of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee average: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical score from the committee&apos;s averages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical score these marks alone would give; beside it (⌀) the committee&apos;s, which the evaluation uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark was not changed: marks for “%1” are between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::MarksPage</name>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s average marks, which the evaluation uses. Choose an evaluator to enter marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside each mark, ⌀ is the committee&apos;s average, which the evaluation uses. Type a mark to enter it; an empty cell is not marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::NewTenderWizard</name>
    <message>
        <source>Technical and financial scores are combined by their weights; the highest combined score wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest evaluated price among technically qualified bids wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest technical score wins; only the winner&apos;s financial proposal is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest technical score among qualified bids whose evaluated price is within the budget wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rulebook: only the general checks apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none for this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Departs from the rule (allowed, and printed with the result): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being procured, and by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DITeG/eGov/AI/2026/014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Selection of an agency for a citizen-services chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system: conversational assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system: document digitisation and OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system: decision support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system: speech and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system: computer vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procuring entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference and the title are required; all of these can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the winner is chosen, announced in the tender document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rulebook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum technical score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid scoring below it is not qualified and its financial proposal is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget (FBS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced with the tender, before any bid is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score as marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised to the highest (Tn = 100 × T / Tmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price includes GST and other taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round each score as it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round only the combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score &amp;used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QCBS: normalising gives the best technical bid 100 and the others in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QCBS: how the financial score Sf follows from the evaluated prices; the lowest gets 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ultimate cost to the buyer (price + tax) is the usual basis; untick to compare prices before tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are rounded half away from zero; ties are judged on the rounded scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tie-break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied when two bids have the same score; if it cannot separate them, there is no award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology and work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by Fixed-Budget Selection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids above %1 %2 (evaluated price) are not considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-Budget Selection needs the budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::NumberDelegate</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::PriceScatterChart</name>
    <message>
        <source>%1 crore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score against evaluated price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and technical score chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum technical score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ is the winner, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bids plotted; only the winner is labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plotted, as their prices are not opened (two-envelope rule): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::RankingModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified — winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to see how this number was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::ScoreBarChart</name>
    <message>
        <source>not opened under QBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below a criterion&apos;s minimum marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-responsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: technical %2 × %3% = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: financial %2 × %3% = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evaluated price %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: technical score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score: technical %1% + financial %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical (St × %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial (Sf × %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price: the lowest wins (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score: the highest wins (QBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score: the highest within the budget wins (FBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked bids, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ marks the winner, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 best-ranked of %2 ranked bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::SpinSlider</name>
    <message>
        <source>%1 (slider)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::TenderDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender has no file yet: use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tulana::TenderPage</name>
    <message>
        <source>Evaluation committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DIT/AI/2026/014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuring entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AI system: conversational assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuring &amp;entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rulebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed budget, e.g. 1,50,00,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule&amp;book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financial weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum technical score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation options announced in the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised to the highest (Tn = 100 × T / Tmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round each score as computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round only the combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie-break rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate prices &amp;with taxes (price + GST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical &amp;score used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ie-break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget was not changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
