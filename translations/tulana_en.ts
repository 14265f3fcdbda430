<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportBidsCommand</name>
    <message numerus="yes">
        <source>Import %n bid(s) from %1</source>
        <translation>
            <numerusform>Import %n bid from %1</numerusform>
            <numerusform>Import %n bids from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana</name>
    <message numerus="yes">
        <source>Imported %n bid(s) into %1.</source>
        <translation>
            <numerusform>Imported %n bid into %1.</numerusform>
            <numerusform>Imported %n bids into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n bid(s))</source>
        <translation>
            <numerusform>%1: valid (%n bid)</numerusform>
            <numerusform>%1: valid (%n bids)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Openwashing flags: %n</source>
        <translation>
            <numerusform>Openwashing flags: %n</numerusform>
            <numerusform>Openwashing flags: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>European Open Source AI Index: availability %1, documentation %2, access %3, total %4 (%n parameter(s) graded)</source>
        <translation>
            <numerusform>European Open Source AI Index: availability %1, documentation %2, access %3, total %4 (%n parameter graded)</numerusform>
            <numerusform>European Open Source AI Index: availability %1, documentation %2, access %3, total %4 (%n parameters graded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each score rounded to %n decimal(s)</source>
        <translation>
            <numerusform>each score rounded to %n decimal</numerusform>
            <numerusform>each score rounded to %n decimals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the combined score rounded, to %n decimal(s)</source>
        <translation>
            <numerusform>only the combined score rounded, to %n decimal</numerusform>
            <numerusform>only the combined score rounded, to %n decimals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rounded half away from zero to %n decimal(s)</source>
        <translation>
            <numerusform>rounded half away from zero to %n decimal</numerusform>
            <numerusform>rounded half away from zero to %n decimals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the evaluation is not complete: %n bid(s) cannot be scored yet (see the problems listed)</source>
        <translation>
            <numerusform>the evaluation is not complete: %n bid cannot be scored yet (see the problems listed)</numerusform>
            <numerusform>the evaluation is not complete: %n bids cannot be scored yet (see the problems listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>financial basis: %1 over %n year(s) at a discount rate of %2%; undiscounted total %3</source>
        <translation>
            <numerusform>financial basis: %1 over %n year at a discount rate of %2%; undiscounted total %3</numerusform>
            <numerusform>financial basis: %1 over %n years at a discount rate of %2%; undiscounted total %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) checked</source>
        <translation>
            <numerusform>%1: %n case checked</numerusform>
            <numerusform>%1: %n cases checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n question(s), no errors</source>
        <translation>
            <numerusform>, %n question, no errors</numerusform>
            <numerusform>, %n questions, no errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tender stated %n pass/fail eligibility criteria, checked before technical scoring. A bid that fails one is not technically scored and its financial proposal is not opened.</source>
        <translation>
            <numerusform>The tender stated %n pass/fail eligibility criterion, checked before technical scoring. A bid that fails it is not technically scored and its financial proposal is not opened.</numerusform>
            <numerusform>The tender stated %n pass/fail eligibility criteria, checked before technical scoring. A bid that fails one is not technically scored and its financial proposal is not opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n word(s); write at least %1.</source>
        <translation>
            <numerusform>Too short: %n word; write at least %1.</numerusform>
            <numerusform>Too short: %n words; write at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 matches %2: %3, %n completed case(s), issued %4.</source>
        <translation>
            <numerusform>The certificate %1 matches %2: %3, %n completed case, issued %4.</numerusform>
            <numerusform>The certificate %1 matches %2: %3, %n completed cases, issued %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies); checkpoint %2</source>
        <translation>
            <numerusform>%1: %n entry; checkpoint %2</numerusform>
            <numerusform>%1: %n entries; checkpoint %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the recorded process is intact (%n entry(ies)) and extends the checkpoint %2</source>
        <translation>
            <numerusform>%1: the recorded process is intact (%n entry) and extends the checkpoint %2</numerusform>
            <numerusform>%1: the recorded process is intact (%n entries) and extends the checkpoint %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the recorded process is intact (%n entry(ies)); checkpoint %2</source>
        <translation>
            <numerusform>%1: the recorded process is intact (%n entry); checkpoint %2</numerusform>
            <numerusform>%1: the recorded process is intact (%n entries); checkpoint %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n records (YAML documents separated by ---); give one record per file</source>
        <translation>
            <numerusform>the file holds %n record (YAML documents separated by ---); give one record per file</numerusform>
            <numerusform>the file holds %n records (YAML documents separated by ---); give one record per file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the memo says differs from what the tender gives in %n place(s):</source>
        <translation>
            <numerusform>What the memo says differs from what the tender gives in %n place:</numerusform>
            <numerusform>What the memo says differs from what the tender gives in %n places:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … and %n more.</numerusform>
            <numerusform>  … and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 carries this tender&apos;s fingerprint, but what it says differs from what the tender gives in %n place(s):

%2</source>
        <translation>
            <numerusform>%1 carries this tender&apos;s fingerprint, but what it says differs from what the tender gives in %n place:

%2</numerusform>
            <numerusform>%1 carries this tender&apos;s fingerprint, but what it says differs from what the tender gives in %n places:

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %1 from %2 with %n bid(s).</source>
        <translation>
            <numerusform>Started %1 from %2 with %n bid.</numerusform>
            <numerusform>Started %1 from %2 with %n bids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n record)</numerusform>
            <numerusform>Wrote %1 (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed: only the first %1 are shown</source>
        <translation>
            <numerusform>%n more problem not listed: only the first %1 are shown</numerusform>
            <numerusform>%n more problems not listed: only the first %1 are shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::BidsPage</name>
    <message numerus="yes">
        <source>%n bid(s) imported from %1, with these remarks:</source>
        <translation>
            <numerusform>%n bid imported from %1, with these remarks:</numerusform>
            <numerusform>%n bids imported from %1, with these remarks:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) imported from %1.</source>
        <translation>
            <numerusform>%n bid imported from %1.</numerusform>
            <numerusform>%n bids imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::CriteriaPage</name>
    <message numerus="yes">
        <source>Total weight: 100 of 100 technical points, in %n marked criteria.</source>
        <translation>
            <numerusform>Total weight: 100 of 100 technical points, in %n marked criterion.</numerusform>
            <numerusform>Total weight: 100 of 100 technical points, in %n marked criteria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total weight: %1 in %n marked criteria and %2 for openness, 100 technical points in all.</source>
        <translation>
            <numerusform>Total weight: %1 in %n marked criterion and %2 for openness, 100 technical points in all.</numerusform>
            <numerusform>Total weight: %1 in %n marked criteria and %2 for openness, 100 technical points in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::EvaluationPage</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::MainWindow</name>
    <message numerus="yes">
        <source>%1 · %n bid(s)</source>
        <translation>
            <numerusform>%1 · %n bid</numerusform>
            <numerusform>%1 · %n bids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · cannot be evaluated yet (%n problem(s))</source>
        <translation>
            <numerusform> · cannot be evaluated yet (%n problem)</numerusform>
            <numerusform> · cannot be evaluated yet (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recorded process does not verify (%n problem(s)): see the Process page</source>
        <translation>
            <numerusform>The recorded process does not verify (%n problem): see the Process page</numerusform>
            <numerusform>The recorded process does not verify (%n problems): see the Process page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::ProcessPage</name>
    <message numerus="yes">
        <source>Verified: the log is intact (%n entries).</source>
        <translation>
            <numerusform>Verified: the log is intact (%n entry).</numerusform>
            <numerusform>Verified: the log is intact (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::RegistryWindow</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %n record(s)</source>
        <translation>
            <numerusform>%1 shown of %n record</numerusform>
            <numerusform>%1 shown of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charts of the %n record(s) that match the search and filters</source>
        <translation>
            <numerusform>Charts of the %n record that matches the search and filters</numerusform>
            <numerusform>Charts of the %n records that match the search and filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::SheetWindow</name>
    <message numerus="yes">
        <source>%n thing(s) still to do; the first: %1</source>
        <translation>
            <numerusform>%n thing still to do; the first: %1</numerusform>
            <numerusform>%n things still to do; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::training::QuestionCard</name>
    <message numerus="yes">
        <source>%1 of %n point(s)</source>
        <translation>
            <numerusform>%1 of %n point</numerusform>
            <numerusform>%1 of %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::training::StartCaseDialog</name>
    <message numerus="yes">
        <source>%1 (about %n min)</source>
        <translation>
            <numerusform>%1 (about %n min)</numerusform>
            <numerusform>%1 (about %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>About %n minute.</numerusform>
            <numerusform>About %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s).</source>
        <translation>
            <numerusform>%n question.</numerusform>
            <numerusform>%n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::training::TrainingController</name>
    <message numerus="yes">
        <source>The results of this training sitting (%n case(s)) have not been exported, and are lost when Tulana closes.</source>
        <translation>
            <numerusform>The results of this training sitting (%n case) have not been exported, and are lost when Tulana closes.</numerusform>
            <numerusform>The results of this training sitting (%n cases) have not been exported, and are lost when Tulana closes.</numerusform>
        </translation>
    </message>
</context>
</TS>
