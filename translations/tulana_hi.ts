<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AddBidCommand</name>
    <message>
        <source>Add bid %1</source>
        <translation>बोली %1 जोड़ें</translation>
    </message>
</context>
<context>
    <name>AddCostLineCommand</name>
    <message>
        <source>Add a cost line to %1</source>
        <translation>%1 में एक लागत मद जोड़ें</translation>
    </message>
</context>
<context>
    <name>AddCriterionCommand</name>
    <message>
        <source>Add group “%1”</source>
        <translation>समूह “%1” जोड़ें</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>मानदंड “%1” जोड़ें</translation>
    </message>
</context>
<context>
    <name>AddEvaluatorCommand</name>
    <message>
        <source>Add evaluator %1</source>
        <translation>मूल्यांकनकर्ता %1 जोड़ें</translation>
    </message>
</context>
<context>
    <name>FinaliseDecisionCommand</name>
    <message>
        <source>Finalise the decision (%1)</source>
        <translation>निर्णय को अंतिम रूप दें (%1)</translation>
    </message>
</context>
<context>
    <name>ImportBidsCommand</name>
    <message numerus="yes">
        <source>Import %n bid(s) from %1</source>
        <translation>
            <numerusform>%1 से %n बोली आयात करें</numerusform>
            <numerusform>%1 से %n बोलियाँ आयात करें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveBidCommand</name>
    <message>
        <source>Remove bid %1</source>
        <translation>बोली %1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>RemoveCostLineCommand</name>
    <message>
        <source>Remove the cost line “%1” from %2</source>
        <translation>%2 से लागत मद “%1” हटाएँ</translation>
    </message>
</context>
<context>
    <name>RemoveCriterionCommand</name>
    <message>
        <source>Remove group “%1”</source>
        <translation>समूह “%1” हटाएँ</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>मानदंड “%1” हटाएँ</translation>
    </message>
</context>
<context>
    <name>RemoveEvaluatorCommand</name>
    <message>
        <source>Remove evaluator %1</source>
        <translation>मूल्यांकनकर्ता %1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>ReopenDecisionCommand</name>
    <message>
        <source>Reopen the decision</source>
        <translation>निर्णय पुनः खोलें</translation>
    </message>
</context>
<context>
    <name>SelectBidCommand</name>
    <message>
        <source>Clear the selected bid</source>
        <translation>बोली का चयन हटाएँ</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 का चयन करें</translation>
    </message>
</context>
<context>
    <name>SetBidFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 का %1 बदलें</translation>
    </message>
</context>
<context>
    <name>SetConsiderationReasonCommand</name>
    <message>
        <source>Edit the reason tied to “%1”</source>
        <translation>“%1” से जुड़ा कारण संपादित करें</translation>
    </message>
</context>
<context>
    <name>SetContextAnswerCommand</name>
    <message>
        <source>Clear answer to “%1”</source>
        <translation>“%1” का उत्तर हटाएँ</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>“%1” का उत्तर दें</translation>
    </message>
</context>
<context>
    <name>SetContextNoteCommand</name>
    <message>
        <source>Edit note on “%1”</source>
        <translation>“%1” पर टिप्पणी संपादित करें</translation>
    </message>
</context>
<context>
    <name>SetContextPurposeCommand</name>
    <message>
        <source>Edit the system&apos;s purpose</source>
        <translation>प्रणाली का प्रयोजन संपादित करें</translation>
    </message>
</context>
<context>
    <name>SetCostLineFieldCommand</name>
    <message>
        <source>Set the kind of a cost line of %1</source>
        <translation>%1 के एक लागत मद का प्रकार निर्धारित करें</translation>
    </message>
    <message>
        <source>Set the amount of a cost line of %1</source>
        <translation>%1 के एक लागत मद की राशि निर्धारित करें</translation>
    </message>
    <message>
        <source>Set the years of a cost line of %1</source>
        <translation>%1 के एक लागत मद के वर्ष निर्धारित करें</translation>
    </message>
    <message>
        <source>Set the note of a cost line of %1</source>
        <translation>%1 के एक लागत मद की टिप्पणी निर्धारित करें</translation>
    </message>
</context>
<context>
    <name>SetCriterionFieldCommand</name>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>“%2” का %1 बदलें</translation>
    </message>
</context>
<context>
    <name>SetDecisionDateCommand</name>
    <message>
        <source>Date the decision</source>
        <translation>निर्णय की तिथि दर्ज करें</translation>
    </message>
    <message>
        <source>Remove the decision&apos;s date</source>
        <translation>निर्णय की तिथि हटाएँ</translation>
    </message>
</context>
<context>
    <name>SetEligibilityResponseCommand</name>
    <message>
        <source>Set eligibility of %1 on %2</source>
        <translation>मानदंड %2 पर %1 की पात्रता निर्धारित करें</translation>
    </message>
</context>
<context>
    <name>SetEnterpriseCommand</name>
    <message>
        <source>Set designation of %1</source>
        <translation>%1 की उद्यम श्रेणी निर्धारित करें</translation>
    </message>
</context>
<context>
    <name>SetEvaluationReasonCommand</name>
    <message>
        <source>Edit the reason for departing from the evaluation</source>
        <translation>मूल्यांकन से विचलन का कारण संपादित करें</translation>
    </message>
</context>
<context>
    <name>SetEvaluatorFieldCommand</name>
    <message>
        <source>Change %1 of evaluator %2</source>
        <translation>मूल्यांकनकर्ता %2 का %1 बदलें</translation>
    </message>
</context>
<context>
    <name>SetJustificationStatementCommand</name>
    <message>
        <source>Edit the overall statement</source>
        <translation>समग्र कथन संपादित करें</translation>
    </message>
</context>
<context>
    <name>SetLifecycleTermsCommand</name>
    <message>
        <source>Score the lifecycle cost</source>
        <translation>जीवनचक्र लागत पर अंक दें</translation>
    </message>
    <message>
        <source>Score the quoted price</source>
        <translation>उद्धृत मूल्य पर अंक दें</translation>
    </message>
    <message>
        <source>Change the lifecycle horizon</source>
        <translation>जीवनचक्र अवधि बदलें</translation>
    </message>
    <message>
        <source>Change the discount rate</source>
        <translation>छूट दर बदलें</translation>
    </message>
</context>
<context>
    <name>SetMarkCommand</name>
    <message>
        <source>Clear mark of %1 on “%2” (%3)</source>
        <translation>“%2” (%3) पर %1 के अंक हटाएँ</translation>
    </message>
    <message>
        <source>Set mark of %1 on “%2” (%3)</source>
        <translation>“%2” (%3) पर %1 के अंक दर्ज करें</translation>
    </message>
</context>
<context>
    <name>SetOpennessComponentCommand</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>%2 का %1 निर्धारित करें</translation>
    </message>
</context>
<context>
    <name>SetOpennessSchemeCommand</name>
    <message>
        <source>Switch on openness marks</source>
        <translation>खुलेपन के अंक चालू करें</translation>
    </message>
    <message>
        <source>Switch off openness marks</source>
        <translation>खुलेपन के अंक बंद करें</translation>
    </message>
    <message>
        <source>Change openness scheme</source>
        <translation>खुलेपन की अंक-योजना बदलें</translation>
    </message>
</context>
<context>
    <name>SetQcbsWeightsCommand</name>
    <message>
        <source>Set weights to %1:%2</source>
        <translation>भारांक %1:%2 करें</translation>
    </message>
</context>
<context>
    <name>SetTenderFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 बदलें</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evaluate AI-system tenders (QCBS, L1, QBS, FBS).</source>
        <translation>एआई प्रणालियों की निविदाओं का मूल्यांकन (QCBS, L1, QBS, FBS)।</translation>
    </message>
    <message>
        <source>A .tulana tender to open.</source>
        <translation>खोलने के लिए एक .tulana निविदा।</translation>
    </message>
    <message>
        <source>Open the file, show the window and quit at once (exit status 0 when it opened), for install checks.</source>
        <translation>फ़ाइल खोलें, विंडो दिखाएँ और तुरंत बंद करें (खुलने पर निकास स्थिति 0), स्थापना की जाँच के लिए।</translation>
    </message>
</context>
<context>
    <name>tulana</name>
    <message>
        <source>Try &apos;tulana-cli --help&apos;.</source>
        <translation>&apos;tulana-cli --help&apos; आज़माएँ।</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>त्रुटि: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>चेतावनी: </translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>कोई कमांड नहीं दिया गया</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>अज्ञात कमांड &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 का मान %2 से %3 तक की पूर्ण संख्या होना चाहिए, &quot;%4&quot; नहीं</translation>
    </message>
    <message>
        <source>generate takes no FILE: use --out</source>
        <translation>generate कोई FILE नहीं लेता: --out का उपयोग करें</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>खोली नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Nothing was imported and %1 was not changed.</source>
        <translation>कुछ भी आयात नहीं हुआ और %1 में कोई परिवर्तन नहीं हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bid(s) into %1.</source>
        <translation>
            <numerusform>%1 में %n बोली आयात की गई।</numerusform>
            <numerusform>%1 में %n बोलियाँ आयात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>memo takes one FILE</source>
        <translation>memo एक FILE लेता है</translation>
    </message>
    <message>
        <source>memo needs --out OUT.pdf, OUT.odt, OUT.html or OUT.md</source>
        <translation>memo के लिए --out OUT.pdf, OUT.odt, OUT.html या OUT.md आवश्यक है</translation>
    </message>
    <message>
        <source>cannot tell the memo&apos;s format from &quot;%1&quot;: end it in .pdf, .odt, .html or .md</source>
        <translation>&quot;%1&quot; से ज्ञापन का प्रारूप पता नहीं चलता: नाम .pdf, .odt, .html या .md पर समाप्त करें</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date एक तिथि होनी चाहिए जो YYYY-MM-DD रूप में लिखी हो, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>--language %1 में से एक होनी चाहिए, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>PDF and ODT memos need a QGuiApplication</source>
        <translation>PDF और ODT ज्ञापनों के लिए QGuiApplication आवश्यक है</translation>
    </message>
    <message>
        <source>Wrote %1%2 (fingerprint %3)</source>
        <translation>%1 लिखा गया%2 (फ़िंगरप्रिंट %3)</translation>
    </message>
    <message>
        <source>, a draft: the decision is not finalised</source>
        <translation>, एक मसौदा: निर्णय अंतिम नहीं है</translation>
    </message>
    <message>
        <source>verify-memo takes a tender FILE and a MEMO</source>
        <translation>verify-memo एक निविदा FILE और एक MEMO लेता है</translation>
    </message>
    <message>
        <source>cannot tell the memo&apos;s format from &quot;%1&quot;: a memo ends in .pdf, .odt, .html or .md</source>
        <translation>&quot;%1&quot; से ज्ञापन का प्रारूप पता नहीं चलता: ज्ञापन का नाम .pdf, .odt, .html या .md पर समाप्त होता है</translation>
    </message>
    <message>
        <source>%1 does not match the evaluation in %2: the evaluation data changed after the memo was made, or the memo is of another tender.
  memo: %3
  file: %4</source>
        <translation>%1 का %2 के मूल्यांकन से मेल नहीं है: ज्ञापन बनने के बाद मूल्यांकन के आँकड़े बदले गए, या ज्ञापन किसी अन्य निविदा का है।
  ज्ञापन: %3
  फ़ाइल: %4</translation>
    </message>
    <message>
        <source>openness takes one RECORD file</source>
        <translation>openness एक RECORD फ़ाइल लेता है</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format table या json होना चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>score takes one FILE</source>
        <translation>score एक FILE लेता है</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;</source>
        <translation>--format table, json या csv होना चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>validate takes one FILE</source>
        <translation>validate एक FILE लेता है</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n bid(s))</source>
        <translation>
            <numerusform>%1: मान्य (%n बोली)</numerusform>
            <numerusform>%1: मान्य (%n बोलियाँ)</numerusform>
        </translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>संदर्भ संख्या</translation>
    </message>
    <message>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>procuring entity</source>
        <translation>प्रापण संस्था</translation>
    </message>
    <message>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>rulebook</source>
        <translation>नियम-पुस्तिका</translation>
    </message>
    <message>
        <source>selection method</source>
        <translation>चयन पद्धति</translation>
    </message>
    <message>
        <source>minimum technical score</source>
        <translation>न्यूनतम तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>technical score basis</source>
        <translation>तकनीकी स्कोर का आधार</translation>
    </message>
    <message>
        <source>price formula</source>
        <translation>मूल्य सूत्र</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>दशमलव स्थान</translation>
    </message>
    <message>
        <source>rounding</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <source>tie-break rule</source>
        <translation>टाई-ब्रेक नियम</translation>
    </message>
    <message>
        <source>tax treatment</source>
        <translation>कर का व्यवहार</translation>
    </message>
    <message>
        <source>id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>भारांक</translation>
    </message>
    <message>
        <source>maximum marks</source>
        <translation>अधिकतम अंक</translation>
    </message>
    <message>
        <source>minimum marks</source>
        <translation>न्यूनतम अंक</translation>
    </message>
    <message>
        <source>bidder</source>
        <translation>बोलीदाता</translation>
    </message>
    <message>
        <source>system</source>
        <translation>प्रणाली</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>प्रकृति</translation>
    </message>
    <message>
        <source>price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>स्थिति का कारण</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>enter an amount in figures, such as 1,25,00,000</source>
        <translation>राशि अंकों में लिखें, जैसे 1,25,00,000</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>PDF नहीं बनाई जा सकी</translation>
    </message>
    <message>
        <source>the ODT document could not be written</source>
        <translation>ODT दस्तावेज़ नहीं लिखा जा सका</translation>
    </message>
    <message>
        <source>the ODT document could not be completed</source>
        <translation>ODT दस्तावेज़ पूरा नहीं किया जा सका</translation>
    </message>
    <message>
        <source>carries no Tulana fingerprint (&quot;%1&quot; followed by 64 hex digits)</source>
        <translation>इसमें Tulana का कोई फ़िंगरप्रिंट नहीं है (&quot;%1&quot; के बाद 64 हेक्स अंक)</translation>
    </message>
    <message>
        <source>Table 3, open source AI systems</source>
        <translation>तालिका 3, खुला स्रोत एआई प्रणालियाँ</translation>
    </message>
    <message>
        <source>Table 3, open source AI systems, notes</source>
        <translation>तालिका 3, खुला स्रोत एआई प्रणालियाँ, टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Table 3, proprietary AI systems</source>
        <translation>तालिका 3, स्वामित्व वाली एआई प्रणालियाँ</translation>
    </message>
    <message>
        <source>Table 3, proprietary AI systems, notes</source>
        <translation>तालिका 3, स्वामित्व वाली एआई प्रणालियाँ, टिप्पणियाँ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a side of Table 3: use open or proprietary</source>
        <translation>&quot;%1&quot; तालिका 3 का कोई पक्ष नहीं है: open या proprietary लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of a cell: use text or notes</source>
        <translation>&quot;%1&quot; किसी खाने का भाग नहीं है: text या notes लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leaning: use open, proprietary or neutral</source>
        <translation>&quot;%1&quot; कोई झुकाव नहीं है: open, proprietary या neutral लिखें</translation>
    </message>
    <message>
        <source>every answer needs the Table 3 cell that supports it</source>
        <translation>हर उत्तर के लिए तालिका 3 का वह खाना चाहिए जो उसका समर्थन करता है</translation>
    </message>
    <message>
        <source>the %1 %2 of &quot;%3&quot; is blank in Table 3</source>
        <translation>तालिका 3 में &quot;%3&quot; का %1 %2 रिक्त है</translation>
    </message>
    <message>
        <source>no consideration of Table 3 has the id &quot;%1&quot;</source>
        <translation>तालिका 3 के किसी विचारणीय बिंदु की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>a question needs at least one answer</source>
        <translation>किसी प्रश्न के कम से कम एक उत्तर होना चाहिए</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is listed twice</source>
        <translation>उत्तर &quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>favours open source</source>
        <translation>खुला स्रोत के पक्ष में</translation>
    </message>
    <message>
        <source>favours proprietary</source>
        <translation>स्वामित्व वाले के पक्ष में</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>this is not a context questions file (&quot;tulana-context-questions&quot;)</source>
        <translation>यह संदर्भ प्रश्नों की फ़ाइल (&quot;tulana-context-questions&quot;) नहीं है</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>संस्करण %1 समर्थित नहीं है</translation>
    </message>
    <message>
        <source>the required section &quot;questions&quot; is missing</source>
        <translation>आवश्यक खंड &quot;questions&quot; नहीं है</translation>
    </message>
    <message>
        <source>the questions must follow Table 3, one per consideration: %1</source>
        <translation>प्रश्न तालिका 3 के अनुसार होने चाहिए, हर विचारणीय बिंदु का एक: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>a %1 of %2</source>
        <translation>%2 का %1</translation>
    </message>
    <message>
        <source>an evaluated price of %1 %2</source>
        <translation>%1 %2 का मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>कोई स्कोर नहीं</translation>
    </message>
    <message>
        <source>The tender&apos;s context has not been recorded: the recommendation rests on the evaluation alone.</source>
        <translation>निविदा का संदर्भ दर्ज नहीं किया गया है: अनुशंसा केवल मूल्यांकन पर आधारित है।</translation>
    </message>
    <message>
        <source>Context, of the %1 considerations of Table 3: %2 favouring open source, %3 favouring proprietary, %4 neutral, %5 not answered.</source>
        <translation>संदर्भ, तालिका 3 के %1 विचारणीय बिंदुओं में से: %2 खुला स्रोत के पक्ष में, %3 स्वामित्व वाले के पक्ष में, %4 तटस्थ, %5 अनुत्तरित।</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 Table 3 says: “%5”</source>
        <translation>%1 %2 (%3): %4 तालिका 3 के अनुसार: “%5”</translation>
    </message>
    <message>
        <source>The brief&apos;s rule applied: “%1” (%2).</source>
        <translation>नीति-पत्र का लागू नियम: “%1” (%2)।</translation>
    </message>
    <message>
        <source>Evaluation: no award, because the top bids are tied (%1).</source>
        <translation>मूल्यांकन: कोई अधिनिर्णय नहीं, क्योंकि शीर्ष बोलियाँ बराबर हैं (%1)।</translation>
    </message>
    <message>
        <source>Select %1: the top bids are tied in the evaluation, and where the options are equivalent openness is prioritised.</source>
        <translation>%1 का चयन करें: मूल्यांकन में शीर्ष बोलियाँ बराबर हैं, और जहाँ विकल्प समतुल्य हों वहाँ खुलेपन को प्राथमिकता दी जाती है।</translation>
    </message>
    <message>
        <source>No recommendation yet: the evaluation made no award (%1).</source>
        <translation>अभी कोई अनुशंसा नहीं: मूल्यांकन में कोई अधिनिर्णय नहीं हुआ (%1)।</translation>
    </message>
    <message>
        <source>Evaluation: %1 ranks first with %2.</source>
        <translation>मूल्यांकन: %1 %2 के साथ प्रथम स्थान पर है।</translation>
    </message>
    <message>
        <source>Select %1, the evaluation&apos;s winner: no open-source bid qualified technically, so there is no open-source option to prefer.</source>
        <translation>मूल्यांकन के विजेता %1 का चयन करें: कोई खुला स्रोत बोली तकनीकी रूप से योग्य नहीं हुई, अतः वरीयता देने के लिए कोई खुला स्रोत विकल्प नहीं है।</translation>
    </message>
    <message>
        <source>Select %1: the open-source bid wins the evaluation, so the evaluation and the preference for openness agree.</source>
        <translation>%1 का चयन करें: खुला स्रोत बोली मूल्यांकन में विजयी है, अतः मूल्यांकन और खुलेपन की वरीयता एकमत हैं।</translation>
    </message>
    <message>
        <source>The best-ranked open-source bid, %1, has %2 (rank %3).</source>
        <translation>सर्वोत्तम रैंक वाली खुला स्रोत बोली, %1, का %2 है (रैंक %3)।</translation>
    </message>
    <message>
        <source>Adopt %1: more considerations favour open source (%2) than proprietary (%3), so open source is better suited. Selecting it instead of %4 departs from the evaluation, and that needs its own reason.</source>
        <translation>%1 को अपनाएँ: स्वामित्व वाले (%3) की तुलना में अधिक विचारणीय बिंदु खुला स्रोत (%2) के पक्ष में हैं, अतः खुला स्रोत अधिक उपयुक्त है। %4 के स्थान पर इसका चयन मूल्यांकन से विचलन है, और उसके लिए अलग कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 may be preferred: more considerations favour proprietary (%2) than open source, and it wins the evaluation. Selecting it departs from the open-source option %3, which must be justified.</source>
        <translation>%1 को वरीयता दी जा सकती है: खुला स्रोत की तुलना में अधिक विचारणीय बिंदु स्वामित्व वाले (%2) के पक्ष में हैं, और यह मूल्यांकन में विजयी है। इसका चयन खुला स्रोत विकल्प %3 से विचलन है, जिसका औचित्य देना आवश्यक है।</translation>
    </message>
    <message>
        <source>Adopt %1: the context is balanced and it ties with %2 in the evaluation (the tie-break rule alone put %2 first), so the options are equivalent and openness is prioritised. Selecting it departs from the evaluation, and that needs its own reason.</source>
        <translation>%1 को अपनाएँ: संदर्भ संतुलित है और मूल्यांकन में यह %2 के बराबर है (केवल टाई-ब्रेक नियम ने %2 को प्रथम रखा), अतः विकल्प समतुल्य हैं और खुलेपन को प्राथमिकता दी जाती है। इसका चयन मूल्यांकन से विचलन है, और उसके लिए अलग कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 may be preferred: the context is balanced and it ranks above the open-source bid %2 in the evaluation. Selecting it departs from the open-source option, which must be justified.</source>
        <translation>%1 को वरीयता दी जा सकती है: संदर्भ संतुलित है और मूल्यांकन में यह खुला स्रोत बोली %2 से ऊपर है। इसका चयन खुला स्रोत विकल्प से विचलन है, जिसका औचित्य देना आवश्यक है।</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>आवश्यक फ़ील्ड &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>पाठ अपेक्षित था, %1 मिला</translation>
    </message>
    <message>
        <source>the publishers must be named</source>
        <translation>प्रकाशकों के नाम दिए जाने चाहिए</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>आईडी &quot;%1&quot; दो बार प्रयुक्त है</translation>
    </message>
    <message>
        <source>this clause is not part of decisionRule</source>
        <translation>यह खंड decisionRule का भाग नहीं है</translation>
    </message>
    <message>
        <source>%1 (%2). “%3”.</source>
        <translation>%1 (%2)। “%3”।</translation>
    </message>
    <message>
        <source>Jointly published with %1.</source>
        <translation>%1 के साथ संयुक्त रूप से प्रकाशित।</translation>
    </message>
    <message>
        <source>%1: “%2”.</source>
        <translation>%1: “%2”।</translation>
    </message>
    <message>
        <source>this is not a Table 3 file (&quot;tulana-table3&quot;)</source>
        <translation>यह तालिका 3 की फ़ाइल (&quot;tulana-table3&quot;) नहीं है</translation>
    </message>
    <message>
        <source>the required section &quot;%1&quot; is missing</source>
        <translation>आवश्यक खंड &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>combined score</source>
        <translation>संयुक्त स्कोर</translation>
    </message>
    <message>
        <source>technical score</source>
        <translation>तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>evaluated price</source>
        <translation>मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is %3 points higher</source>
        <translation>%1 का %2 %3 अंक अधिक है</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is %3 points lower</source>
        <translation>%1 का %2 %3 अंक कम है</translation>
    </message>
    <message>
        <source>the two have the same %1</source>
        <translation>दोनों का %1 समान है</translation>
    </message>
    <message>
        <source>it costs %1 %2 (%3%) more than %4</source>
        <translation>इसकी लागत %4 से %1 %2 (%3%) अधिक है</translation>
    </message>
    <message>
        <source>it costs %1 %2 (%3%) less than %4</source>
        <translation>इसकी लागत %4 से %1 %2 (%3%) कम है</translation>
    </message>
    <message>
        <source>the evaluated prices are equal</source>
        <translation>मूल्यांकित मूल्य बराबर हैं</translation>
    </message>
    <message>
        <source>the price gap is not known (a financial proposal was not opened)</source>
        <translation>मूल्य का अंतर ज्ञात नहीं है (एक वित्तीय प्रस्ताव खोला नहीं गया)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The selected bid &quot;%1&quot; is not one of the tender&apos;s bids.</source>
        <translation>चयनित बोली &quot;%1&quot; निविदा की बोलियों में से नहीं है।</translation>
    </message>
    <message>
        <source>No bid is selected and the evaluation made no award.</source>
        <translation>कोई बोली चयनित नहीं है और मूल्यांकन में कोई अधिनिर्णय नहीं हुआ।</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>चयनित</translation>
    </message>
    <message>
        <source>recommended by the evaluation</source>
        <translation>मूल्यांकन द्वारा अनुशंसित</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is %4 although the open-source bid %5 (%6) qualified technically (rank %7): %8.</source>
        <translation>%1 (%2, %3) %4 है, यद्यपि खुला स्रोत बोली %5 (%6) तकनीकी रूप से योग्य हुई (रैंक %7): %8।</translation>
    </message>
    <message>
        <source>unranked</source>
        <translation>रैंक रहित</translation>
    </message>
    <message>
        <source>%1 (%2) is open source: the open-source option is %3.</source>
        <translation>%1 (%2) खुला स्रोत है: खुला स्रोत विकल्प %3 है।</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>अनुशंसित</translation>
    </message>
    <message>
        <source>No open-source bid qualified technically: the selection of %1 (%2) does not depart from an open-source option.</source>
        <translation>कोई खुला स्रोत बोली तकनीकी रूप से योग्य नहीं हुई: %1 (%2) का चयन किसी खुला स्रोत विकल्प से विचलन नहीं है।</translation>
    </message>
    <message>
        <source> (%1 points lower on the %2)</source>
        <translation> (%2 पर %1 अंक कम)</translation>
    </message>
    <message>
        <source>%1 is selected instead of the evaluation&apos;s winner, %2%3: this departs from the evaluation.</source>
        <translation>मूल्यांकन के विजेता %2%3 के स्थान पर %1 चयनित है: यह मूल्यांकन से विचलन है।</translation>
    </message>
    <message>
        <source>The evaluation made no award (%1): selecting %2 departs from it.</source>
        <translation>मूल्यांकन में कोई अधिनिर्णय नहीं हुआ (%1): %2 का चयन उससे विचलन है।</translation>
    </message>
    <message>
        <source>the reason tied to &quot;%1&quot; is too short to be checked: write at least %2 characters</source>
        <translation>&quot;%1&quot; से जुड़ा कारण जाँचने के लिए बहुत छोटा है: कम से कम %2 वर्ण लिखें</translation>
    </message>
    <message>
        <source>the decision relies on &quot;%1&quot;, but its context question is not answered: answer it so the reason can be read against it</source>
        <translation>निर्णय &quot;%1&quot; पर आधारित है, पर उसके संदर्भ प्रश्न का उत्तर नहीं दिया गया है: उत्तर दें ताकि कारण को उसके सापेक्ष पढ़ा जा सके</translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; favours open source; say how it nevertheless supports selecting %2</source>
        <translation>&quot;%1&quot; का उत्तर खुला स्रोत के पक्ष में है; बताएँ कि फिर भी यह %2 के चयन का समर्थन कैसे करता है</translation>
    </message>
    <message>
        <source>%1 (%2) is selected although the open-source bid(s) %3 qualified: </source>
        <translation>%1 (%2) चयनित है, यद्यपि खुला स्रोत बोली/बोलियाँ %3 योग्य हुईं: </translation>
    </message>
    <message>
        <source>%1 (%2), the evaluation&apos;s winner, is put forward although the open-source bid(s) %3 qualified: </source>
        <translation>मूल्यांकन का विजेता %1 (%2) प्रस्तुत किया गया है, यद्यपि खुला स्रोत बोली/बोलियाँ %3 योग्य हुईं: </translation>
    </message>
    <message>
        <source>give a reason for each consideration of Table 3 the decision relies on (at least one)</source>
        <translation>निर्णय तालिका 3 के जिन विचारणीय बिंदुओं पर आधारित है, उनमें से हर एक का कारण दें (कम से कम एक)</translation>
    </message>
    <message>
        <source>the overall statement justifying the departure from the open-source option (%1) is missing</source>
        <translation>खुला स्रोत विकल्प (%1) से विचलन का औचित्य सिद्ध करने वाला समग्र कथन नहीं है</translation>
    </message>
    <message>
        <source>the overall statement is too short to be checked: write at least %1 characters</source>
        <translation>समग्र कथन जाँचने के लिए बहुत छोटा है: कम से कम %1 वर्ण लिखें</translation>
    </message>
    <message>
        <source>(no award)</source>
        <translation>(कोई अधिनिर्णय नहीं)</translation>
    </message>
    <message>
        <source>%1 is selected, not the evaluation&apos;s winner %2: the reason for departing from the evaluation is missing</source>
        <translation>%1 चयनित है, मूल्यांकन का विजेता %2 नहीं: मूल्यांकन से विचलन का कारण नहीं दिया गया</translation>
    </message>
    <message>
        <source>the reason for departing from the evaluation is too short to be checked: write at least %1 characters</source>
        <translation>मूल्यांकन से विचलन का कारण जाँचने के लिए बहुत छोटा है: कम से कम %1 वर्ण लिखें</translation>
    </message>
    <message>
        <source>no bid is selected (the evaluation&apos;s winner is %1)</source>
        <translation>कोई बोली चयनित नहीं है (मूल्यांकन का विजेता %1 है)</translation>
    </message>
    <message>
        <source>no bid is selected</source>
        <translation>कोई बोली चयनित नहीं है</translation>
    </message>
    <message>
        <source>no bid has the id &quot;%1&quot;</source>
        <translation>किसी बोली की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>%1 cannot be selected: it is not qualified (%2)</source>
        <translation>%1 का चयन नहीं किया जा सकता: यह योग्य नहीं है (%2)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>स्कोर नहीं दिया गया</translation>
    </message>
    <message>
        <source>a finalised decision needs its date</source>
        <translation>अंतिम निर्णय के लिए उसकी तिथि आवश्यक है</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns</source>
        <translation>फ़ाइल खाली है; इसकी पहली पंक्ति में स्तंभों के नाम होने चाहिए</translation>
    </message>
    <message>
        <source>the file has no bids below its header</source>
        <translation>फ़ाइल में शीर्ष-पंक्ति के नीचे कोई बोली नहीं है</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (columns %2 and %3)</source>
        <translation>स्तंभ &quot;%1&quot; दो बार आया है (स्तंभ %2 और %3)</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>आवश्यक स्तंभ &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: no criterion has that id (the other columns are bidder, system, nature, price, tax, id, status and status reason)</source>
        <translation>अज्ञात स्तंभ &quot;%1&quot;: किसी मानदंड की यह आईडी नहीं है (अन्य स्तंभ हैं bidder, system, nature, price, tax, id, status और status reason)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: no criterion has the id &quot;%2&quot;</source>
        <translation>अज्ञात स्तंभ &quot;%1&quot;: किसी मानदंड की आईडी &quot;%2&quot; नहीं है</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; names a group of criteria; marks go to its criteria %2</source>
        <translation>स्तंभ &quot;%1&quot; मानदंडों के एक समूह का नाम है; अंक उसके मानदंडों %2 को दिए जाते हैं</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: no evaluator has the id &quot;%2&quot;</source>
        <translation>अज्ञात स्तंभ &quot;%1&quot;: किसी मूल्यांकनकर्ता की आईडी &quot;%2&quot; नहीं है</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds marks, but the tender has no evaluators yet to record them against</source>
        <translation>स्तंभ &quot;%1&quot; में अंक हैं, पर निविदा में अभी कोई मूल्यांकनकर्ता नहीं है जिसके नाम वे दर्ज हों</translation>
    </message>
    <message>
        <source>criterion %1 has both a committee column and columns per evaluator; keep one or the other</source>
        <translation>मानदंड %1 का समिति स्तंभ भी है और प्रति मूल्यांकनकर्ता स्तंभ भी; इनमें से एक ही रखें</translation>
    </message>
    <message>
        <source>marks columns are missing for %1; give each criterion one column, such as &quot;%2&quot;, or one per evaluator, such as &quot;%2/%3&quot;</source>
        <translation>%1 के अंकों के स्तंभ नहीं हैं; हर मानदंड का एक स्तंभ दें, जैसे &quot;%2&quot;, या प्रति मूल्यांकनकर्ता एक, जैसे &quot;%2/%3&quot;</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>इस पंक्ति में %1 फ़ील्ड हैं, पर शीर्ष-पंक्ति में %2</translation>
    </message>
    <message>
        <source>column %1 has no name in the header but has a value</source>
        <translation>स्तंभ %1 का शीर्ष-पंक्ति में कोई नाम नहीं है, पर उसमें मान है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bid status; write responsive, non-responsive or withdrawn</source>
        <translation>&quot;%1&quot; बोली की कोई स्थिति नहीं है; responsive, non-responsive या withdrawn लिखें</translation>
    </message>
    <message>
        <source>the bidder&apos;s name is empty</source>
        <translation>बोलीदाता का नाम खाली है</translation>
    </message>
    <message>
        <source>the name of the system offered is empty</source>
        <translation>प्रस्तावित प्रणाली का नाम खाली है</translation>
    </message>
    <message>
        <source>the nature is empty; write open-source, proprietary or mixed</source>
        <translation>प्रकृति खाली है; open-source, proprietary या mixed लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nature of bid; write open-source, proprietary or mixed</source>
        <translation>&quot;%1&quot; बोली की कोई प्रकृति नहीं है; open-source, proprietary या mixed लिखें</translation>
    </message>
    <message>
        <source>the price is empty; only a bid that is not responsive may have none</source>
        <translation>मूल्य खाली है; केवल अनुक्रियाशील न होने वाली बोली में मूल्य न होना संभव है</translation>
    </message>
    <message>
        <source>the price must be greater than zero, not %1</source>
        <translation>मूल्य शून्य से अधिक होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>the tax must be zero or more, not %1</source>
        <translation>कर शून्य या अधिक होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by a bid in the tender</source>
        <translation>आईडी &quot;%1&quot; निविदा की एक बोली द्वारा पहले से प्रयुक्त है</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2</source>
        <translation>आईडी &quot;%1&quot; पंक्ति %2 पर पहले से प्रयुक्त है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>&quot;%1&quot; एक परिमित संख्या नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write the amount in figures, such as 1,25,00,000</source>
        <translation>&quot;%1&quot; कोई संख्या नहीं है; राशि अंकों में लिखें, जैसे 1,25,00,000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; बहुत बड़ा है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of marks</source>
        <translation>&quot;%1&quot; अंकों की कोई संख्या नहीं है</translation>
    </message>
    <message>
        <source>marks must be zero or more, not %1</source>
        <translation>अंक शून्य या अधिक होने चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>%1 is more than the maximum of %2 marks</source>
        <translation>%1 अधिकतम %2 अंकों से अधिक है</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>पंक्ति %1, स्तंभ %2: %3</translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;)</source>
        <translation>उद्धरण चिह्न ऐसी फ़ील्ड के भीतर है जो उद्धरण चिह्न से आरंभ नहीं होती; पूरी फ़ील्ड को उद्धरण चिह्नों में रखें और भीतर का उद्धरण चिह्न दो बार लिखें (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>फ़ील्ड के समापन उद्धरण चिह्न के बाद पाठ है; उद्धृत फ़ील्ड के भीतर उद्धरण चिह्न दो बार लिखा जाता है (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>एक उद्धृत फ़ील्ड बंद नहीं की गई है</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>पाठ मान्य UTF-8 नहीं है; स्प्रेडशीट से फ़ाइल &quot;CSV UTF-8&quot; के रूप में सहेजें</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>पाठ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>एक सूची</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>एक ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>संख्या %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ऑब्जेक्ट अपेक्षित था, %1 मिला</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>सूची अपेक्षित थी, %1 मिला</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (a misspelling, or a file from another program?)</source>
        <translation>अज्ञात फ़ील्ड &quot;%1&quot; (वर्तनी की भूल, या किसी अन्य प्रोग्राम की फ़ाइल?)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true या false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>एक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 अपेक्षित था, %2 मिला</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, स्तंभ %2</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>यह मान्य JSON नहीं है: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>&quot;%1&quot; अनुमत मानों में से नहीं है</translation>
    </message>
    <message>
        <source>a group has no marks of its own: move maxMarks and minMarks to its criteria</source>
        <translation>समूह के अपने कोई अंक नहीं होते: maxMarks और minMarks को उसके मानदंडों में ले जाएँ</translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot;</source>
        <translation>किसी मानदंड की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>%1 marks given but the committee has %2 evaluators</source>
        <translation>%1 अंक दिए गए, पर समिति में %2 मूल्यांकनकर्ता हैं</translation>
    </message>
    <message>
        <source>a mark must be a number or null, found %1</source>
        <translation>अंक संख्या या null होना चाहिए, %1 मिला</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nature: use open-source, proprietary or mixed</source>
        <translation>&quot;%1&quot; कोई प्रकृति नहीं है: open-source, proprietary या mixed लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use responsive, non-responsive or withdrawn</source>
        <translation>&quot;%1&quot; कोई स्थिति नहीं है: responsive, non-responsive या withdrawn लिखें</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; file, not a Tulana tender (&quot;%2&quot;)</source>
        <translation>यह &quot;%1&quot; फ़ाइल है, Tulana निविदा (&quot;%2&quot;) नहीं</translation>
    </message>
    <message>
        <source>this file was written by a newer version of Tulana (file format version %1; this version reads up to %2). Open it with a newer Tulana; nothing was changed</source>
        <translation>यह फ़ाइल Tulana के नए संस्करण से लिखी गई है (फ़ाइल प्रारूप संस्करण %1; यह संस्करण %2 तक पढ़ता है)। इसे Tulana के नए संस्करण से खोलें; कुछ भी बदला नहीं गया</translation>
    </message>
    <message>
        <source>%1 is not a valid format version</source>
        <translation>%1 मान्य प्रारूप संस्करण नहीं है</translation>
    </message>
    <message>
        <source>no consideration of Table 3 has the id &quot;%1&quot;: use one of %2</source>
        <translation>तालिका 3 के किसी विचारणीय बिंदु की आईडी &quot;%1&quot; नहीं है: %2 में से एक का उपयोग करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;: use %3</source>
        <translation>&quot;%1&quot; &quot;%2&quot; का उत्तर नहीं है: %3 का उपयोग करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>&quot;%1&quot; कोई तिथि नहीं है: इसे YYYY-MM-DD रूप में लिखें, जैसे 2026-03-31</translation>
    </message>
    <message>
        <source>Evaluated price of %1</source>
        <translation>%1 का मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Financial score of %1</source>
        <translation>%1 का वित्तीय स्कोर</translation>
    </message>
    <message>
        <source>Combined score of %1</source>
        <translation>%1 का संयुक्त स्कोर</translation>
    </message>
    <message>
        <source>Technical score of %1</source>
        <translation>%1 का तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Technical marks of %1</source>
        <translation>%1 के तकनीकी अंक</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>भारांक</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>औसत</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Evaluators: %1. Averages and points are shown to two decimals; the technical score uses them unrounded.</source>
        <translation>मूल्यांकनकर्ता: %1। औसत और अंक दो दशमलव स्थानों तक दिखाए गए हैं; तकनीकी स्कोर में उनका बिना पूर्णांकन वाला मान प्रयुक्त होता है।</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Derivation of the scores of %1</source>
        <translation>%1 के स्कोर की व्युत्पत्ति</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Formula and working</source>
        <translation>सूत्र और गणना</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Derivation of the scores</source>
        <translation>स्कोर की व्युत्पत्ति</translation>
    </message>
    <message>
        <source>Every score in this note can be recomputed by hand from the tender file: the committee&apos;s marks, the weights and the prices below are the inputs the fingerprint covers.</source>
        <translation>इस टिप्पणी का हर स्कोर निविदा फ़ाइल से हाथ से दोबारा गणना किया जा सकता है: समिति के अंक, भारांक और नीचे दिए मूल्य वे इनपुट हैं जिन्हें फ़िंगरप्रिंट समाहित करता है।</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>Combined score of the qualified bids, in rank order</source>
        <translation>योग्य बोलियों का संयुक्त स्कोर, रैंक क्रम में</translation>
    </message>
    <message>
        <source>points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Technical score of every bid scored, with the minimum</source>
        <translation>स्कोर की गई हर बोली का तकनीकी स्कोर, न्यूनतम सहित</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>न्यूनतम %1</translation>
    </message>
    <message>
        <source>Table 3 of the policy brief, as printed</source>
        <translation>नीति-पत्र की तालिका 3, जैसी मुद्रित है</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>अनुलग्नक</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an evaluated price of %1</source>
        <translation>%1 का मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>OFFICE NOTE</source>
        <translation>कार्यालय टिप्पणी</translation>
    </message>
    <message>
        <source>%1: result of the evaluation, and the choice between open-source and proprietary AI systems</source>
        <translation>%1: मूल्यांकन का परिणाम, और खुला स्रोत तथा स्वामित्व वाली एआई प्रणालियों के बीच चयन</translation>
    </message>
    <message>
        <source>Tender No. %1</source>
        <translation>निविदा सं. %1</translation>
    </message>
    <message>
        <source>File No. %1</source>
        <translation>फ़ाइल सं. %1</translation>
    </message>
    <message>
        <source>Dated: %1</source>
        <translation>दिनांक: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>DRAFT — NOT FINALISED</source>
        <translation>मसौदा — अंतिम नहीं</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>The tender in brief</source>
        <translation>निविदा संक्षेप में</translation>
    </message>
    <message>
        <source>Tender No. %1, “%2”, was issued by %3.</source>
        <translation>निविदा सं. %1, “%2”, %3 द्वारा जारी की गई।</translation>
    </message>
    <message>
        <source>Category: %1.</source>
        <translation>श्रेणी: %1।</translation>
    </message>
    <message>
        <source>Purpose of the system: %1</source>
        <translation>प्रणाली का प्रयोजन: %1</translation>
    </message>
    <message>
        <source>Bids received: %1. Bids that qualified technically: %2.</source>
        <translation>प्राप्त बोलियाँ: %1। तकनीकी रूप से योग्य बोलियाँ: %2।</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>minimum technical score %1 of 100</source>
        <translation>न्यूनतम तकनीकी स्कोर 100 में से %1</translation>
    </message>
    <message>
        <source>technical %1 : financial %2</source>
        <translation>तकनीकी %1 : वित्तीय %2</translation>
    </message>
    <message>
        <source>financial score %1</source>
        <translation>वित्तीय स्कोर %1</translation>
    </message>
    <message>
        <source>fixed budget %1</source>
        <translation>नियत बजट %1</translation>
    </message>
    <message>
        <source>evaluated price includes taxes</source>
        <translation>मूल्यांकित मूल्य में कर शामिल हैं</translation>
    </message>
    <message>
        <source>evaluated price excludes taxes</source>
        <translation>मूल्यांकित मूल्य में कर शामिल नहीं हैं</translation>
    </message>
    <message>
        <source>1 decimal place</source>
        <translation>1 दशमलव स्थान</translation>
    </message>
    <message>
        <source>%1 decimal places</source>
        <translation>%1 दशमलव स्थान</translation>
    </message>
    <message>
        <source>each score rounded to %1</source>
        <translation>प्रत्येक स्कोर %1 तक पूर्णांकित</translation>
    </message>
    <message>
        <source>only the combined score rounded, to %1</source>
        <translation>केवल संयुक्त स्कोर पूर्णांकित, %1 तक</translation>
    </message>
    <message>
        <source>tie-break: %1</source>
        <translation>टाई-ब्रेक: %1</translation>
    </message>
    <message>
        <source>Method of evaluation and weights</source>
        <translation>मूल्यांकन की पद्धति और भारांक</translation>
    </message>
    <message>
        <source>Method: %1. Rules announced in the tender: %2.</source>
        <translation>पद्धति: %1। निविदा में घोषित नियम: %2।</translation>
    </message>
    <message>
        <source>The parameters were checked against the rulebook “%1” (%2).</source>
        <translation>मापदंडों की जाँच नियम-पुस्तिका “%1” (%2) के सापेक्ष की गई।</translation>
    </message>
    <message>
        <source>Technical criteria and weights (points of 100)</source>
        <translation>तकनीकी मानदंड और भारांक (100 में से अंक)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Maximum marks</source>
        <translation>अधिकतम अंक</translation>
    </message>
    <message>
        <source>Minimum marks</source>
        <translation>न्यूनतम अंक</translation>
    </message>
    <message>
        <source>A criterion contributes weight × committee average / maximum marks. A committee average below a criterion&apos;s minimum marks disqualifies the bid.</source>
        <translation>कोई मानदंड भारांक × समिति का औसत / अधिकतम अंक का योगदान देता है। किसी मानदंड के न्यूनतम अंकों से कम समिति-औसत होने पर बोली अयोग्य हो जाती है।</translation>
    </message>
    <message>
        <source>Result of the evaluation</source>
        <translation>मूल्यांकन का परिणाम</translation>
    </message>
    <message>
        <source>The tender could not be evaluated: %1</source>
        <translation>निविदा का मूल्यांकन नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Ranked evaluation</source>
        <translation>रैंक के अनुसार मूल्यांकन</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>रैंक</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>बोलीदाता</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>प्रकृति</translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation>तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation>मूल्यांकित मूल्य (%1)</translation>
    </message>
    <message>
        <source>Financial score</source>
        <translation>वित्तीय स्कोर</translation>
    </message>
    <message>
        <source>Combined score</source>
        <translation>संयुक्त स्कोर</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>खोला नहीं गया</translation>
    </message>
    <message>
        <source>%1: not ranked, %2.</source>
        <translation>%1: रैंक नहीं दी गई, %2।</translation>
    </message>
    <message>
        <source>The lowest evaluated price among technically qualified bids (Fm) is %1. Financial proposals of bids that did not qualify were not opened.</source>
        <translation>तकनीकी रूप से योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य (Fm) %1 है। जो बोलियाँ योग्य नहीं हुईं, उनके वित्तीय प्रस्ताव खोले नहीं गए।</translation>
    </message>
    <message>
        <source>%1, %2, ranks first with %3.</source>
        <translation>%1, %2, %3 के साथ प्रथम स्थान पर है।</translation>
    </message>
    <message>
        <source>No award results from the evaluation: %1.</source>
        <translation>मूल्यांकन से कोई अधिनिर्णय नहीं निकलता: %1।</translation>
    </message>
    <message>
        <source>Tie: %1.</source>
        <translation>बराबरी: %1।</translation>
    </message>
    <message>
        <source>Rank reversal warning: %1</source>
        <translation>रैंक उलटने की चेतावनी: %1</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>अनुमोदन हेतु प्रस्तुत</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>तैयारकर्ता</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>समीक्षक</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>अनुमोदनकर्ता</translation>
    </message>
    <message>
        <source>(name)</source>
        <translation>(नाम)</translation>
    </message>
    <message>
        <source>(designation)</source>
        <translation>(पदनाम)</translation>
    </message>
    <message>
        <source>Fingerprint of the evaluation data</source>
        <translation>मूल्यांकन आँकड़ों का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Evaluation fingerprint %1…</source>
        <translation>मूल्यांकन फ़िंगरप्रिंट %1…</translation>
    </message>
    <message>
        <source>Prepared with Tulana %1. To check that this note matches an evaluation file, run: tulana-cli verify-memo FILE MEMO</source>
        <translation>Tulana %1 से तैयार। यह जाँचने के लिए कि यह टिप्पणी किसी मूल्यांकन फ़ाइल से मेल खाती है, चलाएँ: tulana-cli verify-memo FILE MEMO</translation>
    </message>
    <message>
        <source>Prepared with Tulana %1 from %2. To check that this note matches the evaluation file, run: tulana-cli verify-memo %2 MEMO</source>
        <translation>Tulana %1 से %2 के आधार पर तैयार। यह जाँचने के लिए कि यह टिप्पणी मूल्यांकन फ़ाइल से मेल खाती है, चलाएँ: tulana-cli verify-memo %2 MEMO</translation>
    </message>
    <message>
        <source>the tender cannot be evaluated, so there is nothing to put in a memo: %1</source>
        <translation>निविदा का मूल्यांकन नहीं हो सकता, अतः ज्ञापन में रखने के लिए कुछ नहीं है: %1</translation>
    </message>
    <message>
        <source>Openness of the bids</source>
        <translation>बोलियों का खुलापन</translation>
    </message>
    <message>
        <source>The nature of each AI system is recorded below as declared in the bid and recorded by the committee. “Mixed” systems combine open-source and proprietary parts; only open-source bids count as open-source options in this note.</source>
        <translation>प्रत्येक एआई प्रणाली की प्रकृति नीचे वैसी दर्ज है जैसी बोली में घोषित और समिति द्वारा दर्ज की गई। “मिश्रित” प्रणालियों में खुला स्रोत और स्वामित्व वाले दोनों भाग होते हैं; इस टिप्पणी में केवल खुला स्रोत बोलियाँ ही खुला स्रोत विकल्प मानी जाती हैं।</translation>
    </message>
    <message>
        <source>Openness of the bids as recorded</source>
        <translation>दर्ज किए अनुसार बोलियों का खुलापन</translation>
    </message>
    <message>
        <source>System offered</source>
        <translation>प्रस्तावित प्रणाली</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>योग्य</translation>
    </message>
    <message>
        <source>Considerations for AI procurement (Table 3)</source>
        <translation>एआई प्रापण के विचारणीय बिंदु (तालिका 3)</translation>
    </message>
    <message>
        <source>The policy brief %1 proposes a decision matrix of considerations for choosing between open-source and proprietary AI systems. It states:</source>
        <translation>नीति-पत्र %1 खुला स्रोत और स्वामित्व वाली एआई प्रणालियों के बीच चयन हेतु विचारणीय बिंदुओं का एक निर्णय-मैट्रिक्स प्रस्तावित करता है। उसमें कहा गया है:</translation>
    </message>
    <message>
        <source>For this tender the context was recorded against each consideration of Table 3. Each answer gives the consideration a leaning, supported by the text of Table 3 quoted beside it; the officer&apos;s reasoning is the justification recorded with the decision.</source>
        <translation>इस निविदा के लिए संदर्भ तालिका 3 के प्रत्येक विचारणीय बिंदु के सापेक्ष दर्ज किया गया। प्रत्येक उत्तर विचारणीय बिंदु को एक झुकाव देता है, जिसका समर्थन साथ में उद्धृत तालिका 3 का पाठ करता है; अधिकारी का तर्क निर्णय के साथ दर्ज औचित्य है।</translation>
    </message>
    <message>
        <source>Table 3 analysis: context, leaning and reasoning</source>
        <translation>तालिका 3 का विश्लेषण: संदर्भ, झुकाव और तर्क</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>विचारणीय बिंदु</translation>
    </message>
    <message>
        <source>Context of this tender</source>
        <translation>इस निविदा का संदर्भ</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>झुकाव</translation>
    </message>
    <message>
        <source>Table 3 text relied on</source>
        <translation>आधार बनाया गया तालिका 3 का पाठ</translation>
    </message>
    <message>
        <source>Officer&apos;s reasoning</source>
        <translation>अधिकारी का तर्क</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>उत्तर नहीं दिया गया</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>अनुशंसा</translation>
    </message>
    <message>
        <source>Tulana&apos;s rule: the answered considerations are counted; if more favour open source, open source is better suited; if more favour proprietary, proprietary offers advantages; if they balance, the evaluation decides, and where the evaluation is also level, openness is prioritised.</source>
        <translation>Tulana का नियम: उत्तर दिए गए विचारणीय बिंदु गिने जाते हैं; यदि अधिक खुला स्रोत के पक्ष में हों, तो खुला स्रोत अधिक उपयुक्त है; यदि अधिक स्वामित्व वाले के पक्ष में हों, तो स्वामित्व वाला लाभ देता है; यदि वे संतुलित हों, तो मूल्यांकन निर्णय करता है, और जहाँ मूल्यांकन भी बराबर हो, वहाँ खुलेपन को प्राथमिकता दी जाती है।</translation>
    </message>
    <message>
        <source>Open-source bids passed over</source>
        <translation>छोड़ी गई खुला स्रोत बोलियाँ</translation>
    </message>
    <message>
        <source>Open-source bid</source>
        <translation>खुला स्रोत बोली</translation>
    </message>
    <message>
        <source>Gap in %1 (points)</source>
        <translation>%1 में अंतर (अंक)</translation>
    </message>
    <message>
        <source>Gap in technical score (points)</source>
        <translation>तकनीकी स्कोर में अंतर (अंक)</translation>
    </message>
    <message>
        <source>Price difference (%1)</source>
        <translation>मूल्य में अंतर (%1)</translation>
    </message>
    <message>
        <source>Price difference (%)</source>
        <translation>मूल्य में अंतर (%)</translation>
    </message>
    <message>
        <source>Differences are the selected bid&apos;s figure minus the open-source bid&apos;s: a positive score gap means the selected bid scored higher, a positive price difference that it costs more.</source>
        <translation>अंतर चयनित बोली के आँकड़े में से खुला स्रोत बोली का आँकड़ा घटाकर है: धनात्मक स्कोर-अंतर का अर्थ है कि चयनित बोली का स्कोर अधिक है, धनात्मक मूल्य-अंतर का अर्थ है कि उसकी लागत अधिक है।</translation>
    </message>
    <message>
        <source>Departure from the open-source option</source>
        <translation>खुला स्रोत विकल्प से विचलन</translation>
    </message>
    <message>
        <source>Selection and the open-source option</source>
        <translation>चयन और खुला स्रोत विकल्प</translation>
    </message>
    <message>
        <source>No bid has been selected yet: the evaluation&apos;s winner is treated as the bid put forward.</source>
        <translation>अभी कोई बोली चयनित नहीं है: मूल्यांकन के विजेता को प्रस्तुत बोली माना गया है।</translation>
    </message>
    <message>
        <source>Justification. The decision relies on the following considerations of Table 3:</source>
        <translation>औचित्य। निर्णय तालिका 3 के निम्नलिखित विचारणीय बिंदुओं पर आधारित है:</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Overall statement: %1</source>
        <translation>समग्र कथन: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(नहीं दिया गया)</translation>
    </message>
    <message>
        <source>Reason for departing from the evaluation: %1</source>
        <translation>मूल्यांकन से विचलन का कारण: %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>This note is prepared under %1.</source>
        <translation>यह टिप्पणी %1 के अंतर्गत तैयार की गई है।</translation>
    </message>
    <message>
        <source>It follows the policy brief “%1” (%2), which recommends accountability for the choice between open-source and proprietary AI systems in public procurement:</source>
        <translation>यह नीति-पत्र “%1” (%2) का अनुसरण करती है, जो सार्वजनिक प्रापण में खुला स्रोत और स्वामित्व वाली एआई प्रणालियों के बीच चयन के लिए जवाबदेही की अनुशंसा करता है:</translation>
    </message>
    <message>
        <source>The brief proposes that this mechanism be embedded through amendments to the General Financial Rules, 2017. That is a recommendation: the General Financial Rules, 2017 do not at present require it, and this note does not rely on them for it.</source>
        <translation>नीति-पत्र प्रस्ताव करता है कि यह व्यवस्था सामान्य वित्तीय नियमावली, 2017 में संशोधनों के माध्यम से लागू की जाए। यह एक अनुशंसा है: सामान्य वित्तीय नियमावली, 2017 वर्तमान में इसकी अपेक्षा नहीं करती, और यह टिप्पणी इसके लिए उस पर आधारित नहीं है।</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Decision sought</source>
        <translation>अपेक्षित निर्णय</translation>
    </message>
    <message>
        <source>No bid has been selected yet. This draft is put up for consideration.</source>
        <translation>अभी कोई बोली चयनित नहीं है। यह मसौदा विचार हेतु प्रस्तुत है।</translation>
    </message>
    <message>
        <source>%1 (%2) is selected for the award of Tender No. %3. The decision was finalised on %4.</source>
        <translation>निविदा सं. %3 के अधिनिर्णय हेतु %1 (%2) का चयन किया गया है। निर्णय %4 को अंतिम किया गया।</translation>
    </message>
    <message>
        <source>Approval is sought for the selection of %1 (%2) for the award of Tender No. %3, for the reasons recorded above.</source>
        <translation>ऊपर दर्ज कारणों से, निविदा सं. %3 के अधिनिर्णय हेतु %1 (%2) के चयन का अनुमोदन अपेक्षित है।</translation>
    </message>
    <message>
        <source>unknown content type for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; के लिए अज्ञात सामग्री प्रकार</translation>
    </message>
    <message>
        <source>the list of components is missing</source>
        <translation>घटकों की सूची नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown framework component %2</source>
        <translation>&quot;%1&quot; एक अज्ञात फ़्रेमवर्क घटक %2 का नाम देता है</translation>
    </message>
    <message>
        <source>OSI-approved</source>
        <translation>OSI-अनुमोदित</translation>
    </message>
    <message>
        <source>FSF-free</source>
        <translation>FSF-मुक्त</translation>
    </message>
    <message>
        <source>open-data licence</source>
        <translation>खुला-डेटा लाइसेंस</translation>
    </message>
    <message>
        <source>open licence for models and data</source>
        <translation>मॉडल और डेटा के लिए खुला लाइसेंस</translation>
    </message>
    <message>
        <source>use-restricted</source>
        <translation>उपयोग-प्रतिबंधित</translation>
    </message>
    <message>
        <source>not an open licence</source>
        <translation>खुला लाइसेंस नहीं</translation>
    </message>
    <message>
        <source>no licence</source>
        <translation>कोई लाइसेंस नहीं</translation>
    </message>
    <message>
        <source>unknown licence</source>
        <translation>अज्ञात लाइसेंस</translation>
    </message>
    <message>
        <source>no licence list</source>
        <translation>कोई लाइसेंस सूची नहीं</translation>
    </message>
    <message>
        <source>SPDX License List %1</source>
        <translation>SPDX लाइसेंस सूची %1</translation>
    </message>
    <message>
        <source>%1: unknown restriction &quot;%2&quot;</source>
        <translation>%1: अज्ञात प्रतिबंध &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation>%1: अज्ञात श्रेणी &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a use-restricted licence lists its restrictions, an open one none</source>
        <translation>%1: उपयोग-प्रतिबंधित लाइसेंस अपने प्रतिबंध सूचीबद्ध करता है, खुला लाइसेंस कोई नहीं</translation>
    </message>
    <message>
        <source>%1 is already on the SPDX list</source>
        <translation>%1 पहले से SPDX सूची में है</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot;: %2</source>
        <translation>उपनाम &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; names unknown %2</source>
        <translation>उपनाम &quot;%1&quot; अज्ञात %2 का नाम देता है</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; is listed twice</source>
        <translation>उपनाम &quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>unknown meaning &quot;%1&quot;</source>
        <translation>अज्ञात अर्थ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a deprecated SPDX id</source>
        <translation>%1 अप्रचलित SPDX आईडी नहीं है</translation>
    </message>
    <message>
        <source>no licence given</source>
        <translation>कोई लाइसेंस नहीं दिया गया</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as %2 (%3)</source>
        <translation>&quot;%1&quot; को %2 (%3) पढ़ा गया</translation>
    </message>
    <message>
        <source>; not recognised: %1</source>
        <translation>; पहचाना नहीं गया: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: released without a licence, so no rights are granted</source>
        <translation>&quot;%1&quot;: बिना लाइसेंस के जारी, अतः कोई अधिकार नहीं दिए गए</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the component is not released</source>
        <translation>&quot;%1&quot;: घटक जारी नहीं किया गया</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the licence is not stated; ask the bidder for it</source>
        <translation>&quot;%1&quot;: लाइसेंस नहीं बताया गया; बोलीदाता से माँगें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence Tulana knows (%2): check its terms by hand</source>
        <translation>&quot;%1&quot; ऐसा लाइसेंस नहीं है जिसे Tulana जानता हो (%2): इसकी शर्तें स्वयं जाँचें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence Tulana recognises: check its terms by hand</source>
        <translation>&quot;%1&quot; ऐसा लाइसेंस नहीं है जिसे Tulana पहचानता हो: इसकी शर्तें स्वयं जाँचें</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>अवर्गीकृत</translation>
    </message>
    <message>
        <source>Class I – Open Science</source>
        <translation>वर्ग I – खुला विज्ञान</translation>
    </message>
    <message>
        <source>Class II – Open Tooling</source>
        <translation>वर्ग II – खुले उपकरण</translation>
    </message>
    <message>
        <source>Class III – Open Model</source>
        <translation>वर्ग III – खुला मॉडल</translation>
    </message>
    <message>
        <source>%1: not stated in the record</source>
        <translation>%1: अभिलेख में नहीं बताया गया</translation>
    </message>
    <message>
        <source>%1: not released</source>
        <translation>%1: जारी नहीं</translation>
    </message>
    <message>
        <source>%1: released without a licence</source>
        <translation>%1: बिना लाइसेंस के जारी</translation>
    </message>
    <message>
        <source>%1: released under %2</source>
        <translation>%1: %2 के अंतर्गत जारी</translation>
    </message>
    <message>
        <source>%1: released, but %2</source>
        <translation>%1: जारी, परंतु %2</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: पूरा</translation>
    </message>
    <message>
        <source>%1: 0% (the class above it in openness is not met yet)</source>
        <translation>%1: 0% (खुलेपन में इससे ऊपर का वर्ग अभी पूरा नहीं हुआ)</translation>
    </message>
    <message>
        <source>%1: %2% – lacking %3</source>
        <translation>%1: %2% – कमी: %3</translation>
    </message>
    <message>
        <source>Not stated in the record: %1. If each were confirmed released under an open licence: %2.</source>
        <translation>अभिलेख में नहीं बताया गया: %1। यदि प्रत्येक की खुले लाइसेंस के अंतर्गत जारी होने की पुष्टि हो जाए: %2।</translation>
    </message>
    <message>
        <source>not a Model Openness Framework record: the top level must be a mapping with &quot;framework&quot; and &quot;release&quot;</source>
        <translation>Model Openness Framework का अभिलेख नहीं: शीर्ष स्तर &quot;framework&quot; और &quot;release&quot; वाला मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>framework.name is not &quot;Model Openness Framework&quot;</source>
        <translation>framework.name &quot;Model Openness Framework&quot; नहीं है</translation>
    </message>
    <message>
        <source>the record needs a &quot;release&quot; mapping</source>
        <translation>अभिलेख में &quot;release&quot; मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>release.name, the model&apos;s name, is missing</source>
        <translation>release.name, मॉडल का नाम, नहीं है</translation>
    </message>
    <message>
        <source>release.license should be a mapping; read as the distribution licence</source>
        <translation>release.license एक मैपिंग होना चाहिए; इसे वितरण लाइसेंस के रूप में पढ़ा गया</translation>
    </message>
    <message>
        <source>release.license must be a mapping of distribution, code, data and document licences</source>
        <translation>release.license वितरण, कोड, डेटा और दस्तावेज़ लाइसेंसों का मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>release.license.%1 must be a mapping with a name</source>
        <translation>release.license.%1 नाम सहित एक मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>a licence name must be text</source>
        <translation>लाइसेंस का नाम पाठ होना चाहिए</translation>
    </message>
    <message>
        <source>release.components, the list of released components, is missing</source>
        <translation>release.components, जारी घटकों की सूची, नहीं है</translation>
    </message>
    <message>
        <source>release.components must be a list</source>
        <translation>release.components एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>a component must be a mapping with a name</source>
        <translation>घटक नाम सहित एक मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>the component has no name</source>
        <translation>घटक का कोई नाम नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the Model Openness Framework&apos;s 17 components</source>
        <translation>&quot;%1&quot; Model Openness Framework के 17 घटकों में से नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; the later entry is used</source>
        <translation>&quot;%1&quot; दो बार सूचीबद्ध है; बाद वाली प्रविष्टि प्रयुक्त होती है</translation>
    </message>
    <message>
        <source>not listed in the Model Openness Tool record</source>
        <translation>Model Openness Tool के अभिलेख में सूचीबद्ध नहीं</translation>
    </message>
    <message>
        <source>a licence must be text</source>
        <translation>लाइसेंस पाठ होना चाहिए</translation>
    </message>
    <message>
        <source>Model Openness Tool record lists &quot;%1&quot;</source>
        <translation>Model Openness Tool का अभिलेख &quot;%1&quot; सूचीबद्ध करता है</translation>
    </message>
    <message>
        <source>Model Openness Tool record lists &quot;%1&quot; with &quot;%2&quot;: not released</source>
        <translation>Model Openness Tool का अभिलेख &quot;%1&quot; को &quot;%2&quot; के साथ सूचीबद्ध करता है: जारी नहीं</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> %1 पर</translation>
    </message>
    <message>
        <source>Model Openness Framework: %1.</source>
        <translation>Model Openness Framework: %1।</translation>
    </message>
    <message>
        <source>If the components the record does not state were confirmed open: %1.</source>
        <translation>यदि अभिलेख में न बताए गए घटकों के खुले होने की पुष्टि हो जाए: %1।</translation>
    </message>
    <message>
        <source>Outcomes enabled (Table 1): %1; partly: %2.</source>
        <translation>सक्षम परिणाम (तालिका 1): %1; आंशिक: %2।</translation>
    </message>
    <message>
        <source>OSI Open Source AI Definition 1.0: %1.</source>
        <translation>OSI Open Source AI Definition 1.0: %1।</translation>
    </message>
    <message>
        <source>No openwashing flags.</source>
        <translation>कोई ओपनवॉशिंग संकेत नहीं।</translation>
    </message>
    <message>
        <source>Openwashing flags: %1.</source>
        <translation>ओपनवॉशिंग संकेत: %1।</translation>
    </message>
    <message>
        <source>the bundled data file is missing</source>
        <translation>संलग्न डेटा फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>the bundled data file is not a JSON object</source>
        <translation>संलग्न डेटा फ़ाइल JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>no openness marks</source>
        <translation>खुलेपन के कोई अंक नहीं</translation>
    </message>
    <message>
        <source>by Model Openness Framework class</source>
        <translation>Model Openness Framework वर्ग के अनुसार</translation>
    </message>
    <message>
        <source>by the outcomes of openness enabled (Table 1)</source>
        <translation>खुलेपन से सक्षम परिणामों के अनुसार (तालिका 1)</translation>
    </message>
    <message>
        <source>by a points table of released components</source>
        <translation>जारी घटकों की अंक-तालिका के अनुसार</translation>
    </message>
    <message>
        <source>the marks add up to %1, more than the maximum of %2: a bid&apos;s marks are capped at the maximum</source>
        <translation>अंकों का योग %1 है, जो अधिकतम %2 से अधिक है: किसी बोली के अंक अधिकतम पर सीमित किए जाते हैं</translation>
    </message>
    <message>
        <source>the marks add up to %1: no bid can reach the maximum of %2</source>
        <translation>अंकों का योग %1 है: कोई बोली अधिकतम %2 तक नहीं पहुँच सकती</translation>
    </message>
    <message>
        <source>the openness sub-criterion needs maximum marks above 0 and at most 100</source>
        <translation>खुलेपन के उप-मानदंड के अधिकतम अंक 0 से अधिक और अधिकतम 100 होने चाहिए</translation>
    </message>
    <message>
        <source>the partial credit is a share between 0 and 1</source>
        <translation>आंशिक श्रेय 0 और 1 के बीच का अंश है</translation>
    </message>
    <message>
        <source>marks for %1 must be between 0 and the maximum</source>
        <translation>%1 के अंक 0 और अधिकतम के बीच होने चाहिए</translation>
    </message>
    <message>
        <source>a more open class earns fewer marks than a less open one</source>
        <translation>अधिक खुले वर्ग को कम खुले वर्ग से कम अंक मिलते हैं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome of Table 1</source>
        <translation>&quot;%1&quot; तालिका 1 का कोई परिणाम नहीं है</translation>
    </message>
    <message>
        <source>marks cannot be negative</source>
        <translation>अंक ऋणात्मक नहीं हो सकते</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component Tulana knows</source>
        <translation>&quot;%1&quot; ऐसा घटक नहीं है जिसे Tulana जानता हो</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>openness marks = marks announced for the Model Openness Framework class reached</source>
        <translation>खुलेपन के अंक = प्राप्त Model Openness Framework वर्ग के लिए घोषित अंक</translation>
    </message>
    <message>
        <source>class reached</source>
        <translation>प्राप्त वर्ग</translation>
    </message>
    <message>
        <source>marks for %1</source>
        <translation>%1 के अंक</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>openness marks = Σ marks of each outcome × (1 if enabled, %1 if partly, 0 if not)</source>
        <translation>खुलेपन के अंक = Σ प्रत्येक परिणाम के अंक × (सक्षम हो तो 1, आंशिक हो तो %1, अन्यथा 0)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 × %4 = %5</source>
        <translation>%1: %2 → %3 × %4 = %5</translation>
    </message>
    <message>
        <source>openness marks = Σ marks of each component × (1 if released under an open licence, %1 if partly released or under other terms, 0 otherwise)</source>
        <translation>खुलेपन के अंक = Σ प्रत्येक घटक के अंक × (खुले लाइसेंस के अंतर्गत जारी हो तो 1, आंशिक रूप से या अन्य शर्तों पर जारी हो तो %1, अन्यथा 0)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>नहीं बताया गया</translation>
    </message>
    <message>
        <source>%1 capped at the maximum of %2</source>
        <translation>%1 अधिकतम %2 पर सीमित</translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation> (%1 में से)</translation>
    </message>
    <message>
        <source>Openness marks of %1</source>
        <translation>%1 के खुलेपन के अंक</translation>
    </message>
    <message>
        <source>not rounded here: the technical score is rounded as the tender announces</source>
        <translation>यहाँ पूर्णांकित नहीं: तकनीकी स्कोर निविदा की घोषणा के अनुसार पूर्णांकित होता है</translation>
    </message>
    <message>
        <source>the tender announces no openness sub-criterion</source>
        <translation>निविदा खुलेपन का कोई उप-मानदंड घोषित नहीं करती</translation>
    </message>
    <message>
        <source>released openly</source>
        <translation>खुले रूप से जारी</translation>
    </message>
    <message>
        <source>partly released / summary only</source>
        <translation>आंशिक रूप से जारी / केवल सारांश</translation>
    </message>
    <message>
        <source>documented only</source>
        <translation>केवल प्रलेखित</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>जारी नहीं</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>entered from the bid</source>
        <translation>बोली से दर्ज</translation>
    </message>
    <message>
        <source>Model Openness Tool record</source>
        <translation>Model Openness Tool का अभिलेख</translation>
    </message>
    <message>
        <source>European Open Source AI Index record</source>
        <translation>European Open Source AI Index का अभिलेख</translation>
    </message>
    <message>
        <source>(unnamed system)</source>
        <translation>(बेनाम प्रणाली)</translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation>, संस्करण %1</translation>
    </message>
    <message>
        <source>Described as: %1. %2
</source>
        <translation>वर्णन: %1। %2
</translation>
    </message>
    <message>
        <source>Model Openness Framework: %1</source>
        <translation>Model Openness Framework: %1</translation>
    </message>
    <message>
        <source>The research paper stands in for the technical report.</source>
        <translation>शोध-पत्र तकनीकी रिपोर्ट का स्थान लेता है।</translation>
    </message>
    <message>
        <source>Outcomes (Table 1 of the policy brief)</source>
        <translation>परिणाम (नीति-पत्र की तालिका 1)</translation>
    </message>
    <message>
        <source>enabled by: %1</source>
        <translation>इनसे सक्षम: %1</translation>
    </message>
    <message>
        <source>Facets of transparency (Table 2)</source>
        <translation>पारदर्शिता के पहलू (तालिका 2)</translation>
    </message>
    <message>
        <source>OSI Open Source AI Definition 1.0: %1</source>
        <translation>OSI Open Source AI Definition 1.0: %1</translation>
    </message>
    <message>
        <source>Openwashing flags: none</source>
        <translation>ओपनवॉशिंग संकेत: कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Openwashing flags: %n</source>
        <translation>
            <numerusform>ओपनवॉशिंग संकेत: %n</numerusform>
            <numerusform>ओपनवॉशिंग संकेत: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>European Open Source AI Index: availability %1, documentation %2, access %3, total %4 (%n parameter(s) graded)</source>
        <translation>
            <numerusform>European Open Source AI Index: उपलब्धता %1, प्रलेखन %2, पहुँच %3, कुल %4 (%n मापदंड आँका गया)</numerusform>
            <numerusform>European Open Source AI Index: उपलब्धता %1, प्रलेखन %2, पहुँच %3, कुल %4 (%n मापदंड आँके गए)</numerusform>
        </translation>
    </message>
    <message>
        <source>Components</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>&quot;open source&quot;</source>
        <translation>&quot;खुला स्रोत&quot;</translation>
    </message>
    <message>
        <source>&quot;open&quot;</source>
        <translation>&quot;खुला&quot;</translation>
    </message>
    <message>
        <source>restricts their use</source>
        <translation>उनके उपयोग को प्रतिबंधित करता है</translation>
    </message>
    <message>
        <source>is not OSI-approved</source>
        <translation>OSI-अनुमोदित नहीं है</translation>
    </message>
    <message>
        <source>Called %1, but the weights&apos; licence %2</source>
        <translation>%1 कहा गया, पर भारों (weights) का लाइसेंस %2</translation>
    </message>
    <message>
        <source>The system is described as %1, but its weights are released under %2, which %3. Open Source AI needs the freedom to use, study, modify and share for any purpose (OSI Open Source AI Definition 1.0).</source>
        <translation>प्रणाली को %1 बताया गया है, पर उसके भार (weights) %2 के अंतर्गत जारी हैं, जो %3। Open Source AI के लिए किसी भी प्रयोजन हेतु उपयोग, अध्ययन, संशोधन और साझा करने की स्वतंत्रता आवश्यक है (OSI Open Source AI Definition 1.0)।</translation>
    </message>
    <message>
        <source>Only the weights are released</source>
        <translation>केवल भार (weights) जारी किए गए हैं</translation>
    </message>
    <message>
        <source>The weights are made available, but neither the training code nor any information about the training data: open weights are not open source. The system can be run and fine-tuned, not studied or rebuilt.</source>
        <translation>भार (weights) उपलब्ध कराए गए हैं, पर न तो प्रशिक्षण कोड और न ही प्रशिक्षण डेटा की कोई जानकारी: खुले भार खुला स्रोत नहीं हैं। प्रणाली को चलाया और फ़ाइन-ट्यून किया जा सकता है, उसका अध्ययन या पुनर्निर्माण नहीं।</translation>
    </message>
    <message>
        <source>No information about the training data</source>
        <translation>प्रशिक्षण डेटा की कोई जानकारी नहीं</translation>
    </message>
    <message>
        <source>Neither the training data, the fine-tuning data nor a data card is released or described. The Open Source AI Definition requires sufficiently detailed information about the data used for training.</source>
        <translation>न तो प्रशिक्षण डेटा, न फ़ाइन-ट्यूनिंग डेटा और न ही डेटा कार्ड जारी या वर्णित है। Open Source AI Definition प्रशिक्षण में प्रयुक्त डेटा की पर्याप्त विस्तृत जानकारी की अपेक्षा करती है।</translation>
    </message>
    <message>
        <source>Licence unknown</source>
        <translation>लाइसेंस अज्ञात</translation>
    </message>
    <message>
        <source>The licence of these released components is not given or not recognised, so whether they may be used, modified and shared cannot be told: %1. Ask the bidder for the licence texts.</source>
        <translation>इन जारी घटकों का लाइसेंस दिया नहीं गया या पहचाना नहीं गया, अतः यह नहीं बताया जा सकता कि उनका उपयोग, संशोधन और साझा करना अनुमत है या नहीं: %1। बोलीदाता से लाइसेंस के पाठ माँगें।</translation>
    </message>
    <message>
        <source>not an Open Source AI Index record: the top level must be a mapping with &quot;system&quot; and the graded parameters</source>
        <translation>Open Source AI Index का अभिलेख नहीं: शीर्ष स्तर &quot;system&quot; और आँके गए मापदंडों वाला मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>the record needs a &quot;system&quot; mapping</source>
        <translation>अभिलेख में &quot;system&quot; मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>system.name, the system&apos;s name, is missing</source>
        <translation>system.name, प्रणाली का नाम, नहीं है</translation>
    </message>
    <message>
        <source>org must be a mapping with the organisation&apos;s name</source>
        <translation>org संगठन के नाम सहित एक मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>The index lists generative AI systems that their makers describe as &quot;open&quot; or &quot;open source&quot;.</source>
        <translation>यह सूचकांक उन जनरेटिव एआई प्रणालियों को सूचीबद्ध करता है जिन्हें उनके निर्माता &quot;खुला&quot; या &quot;खुला स्रोत&quot; बताते हैं।</translation>
    </message>
    <message>
        <source>not graded in the record: %1</source>
        <translation>अभिलेख में आँका नहीं गया: %1</translation>
    </message>
    <message>
        <source>The index records only the end model&apos;s licence; Tulana applies it to every component.</source>
        <translation>सूचकांक केवल अंतिम मॉडल का लाइसेंस दर्ज करता है; Tulana उसे हर घटक पर लागू करता है।</translation>
    </message>
    <message>
        <source>%1 must be a mapping with class, link and notes</source>
        <translation>%1 class, link और notes सहित एक मैपिंग होना चाहिए</translation>
    </message>
    <message>
        <source>%1: the class must be open, partial or closed, not &quot;%2&quot;</source>
        <translation>%1: वर्ग open, partial या closed होना चाहिए, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>European Open Source AI Index: %1 graded %2</source>
        <translation>European Open Source AI Index: %1 को %2 आँका गया</translation>
    </message>
    <message>
        <source>met</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>पूरा नहीं</translation>
    </message>
    <message>
        <source>cannot be decided from the record</source>
        <translation>अभिलेख से तय नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>%1: unknown terms &quot;%2&quot;</source>
        <translation>%1: अज्ञात शर्तें &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown component %2</source>
        <translation>%1: अज्ञात घटक %2</translation>
    </message>
    <message>
        <source>unknown component</source>
        <translation>अज्ञात घटक</translation>
    </message>
    <message>
        <source>not stated in the record</source>
        <translation>अभिलेख में नहीं बताया गया</translation>
    </message>
    <message>
        <source>released without a licence</source>
        <translation>बिना लाइसेंस के जारी</translation>
    </message>
    <message>
        <source>%1 is not OSI-approved</source>
        <translation>%1 OSI-अनुमोदित नहीं है</translation>
    </message>
    <message>
        <source>%1 restricts its use</source>
        <translation>%1 अपने उपयोग को प्रतिबंधित करता है</translation>
    </message>
    <message>
        <source>Meets the Open Source AI Definition 1.0: data information, the complete code under OSI-approved licences and the parameters under OSI-approved terms are all available.</source>
        <translation>Open Source AI Definition 1.0 को पूरा करती है: डेटा की जानकारी, OSI-अनुमोदित लाइसेंसों के अंतर्गत संपूर्ण कोड और OSI-अनुमोदित शर्तों के अंतर्गत मापदंड, सभी उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Does not meet the Open Source AI Definition 1.0. Missing: %1.</source>
        <translation>Open Source AI Definition 1.0 को पूरा नहीं करती। कमी: %1।</translation>
    </message>
    <message>
        <source>Whether it meets the Open Source AI Definition 1.0 cannot be decided: the record does not state %1.</source>
        <translation>यह तय नहीं किया जा सकता कि यह Open Source AI Definition 1.0 को पूरा करती है या नहीं: अभिलेख में %1 नहीं बताया गया।</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>सक्षम</translation>
    </message>
    <message>
        <source>partly enabled</source>
        <translation>आंशिक रूप से सक्षम</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>सक्षम नहीं</translation>
    </message>
    <message>
        <source>row %1 has no mark for %2</source>
        <translation>पंक्ति %1 में %2 के लिए कोई अंक नहीं है</translation>
    </message>
    <message>
        <source>row %1: component %2 is not mapped to it in components.json</source>
        <translation>पंक्ति %1: components.json में घटक %2 इससे संबद्ध नहीं है</translation>
    </message>
    <message>
        <source>facet %1 names unknown row %2</source>
        <translation>पहलू %1 अज्ञात पंक्ति %2 का नाम देता है</translation>
    </message>
    <message>
        <source>%1 names unknown Table 1 row %2</source>
        <translation>%1 तालिका 1 की अज्ञात पंक्ति %2 का नाम देता है</translation>
    </message>
    <message>
        <source>%1. %2: does not apply to this system</source>
        <translation>%1. %2: इस प्रणाली पर लागू नहीं</translation>
    </message>
    <message>
        <source>%1. %2: %3; reusable under open terms: %4</source>
        <translation>%1. %2: %3; खुली शर्तों पर पुनः प्रयोज्य: %4</translation>
    </message>
    <message>
        <source>%1: %2. Enabled by: %3; partly by: %4; lacking: %5.</source>
        <translation>%1: %2। इनसे सक्षम: %3; आंशिक रूप से: %4; कमी: %5।</translation>
    </message>
    <message>
        <source> Counts only what is released under open terms.</source>
        <translation> केवल वही गिना जाता है जो खुली शर्तों पर जारी है।</translation>
    </message>
    <message>
        <source> Needs all of these components together.</source>
        <translation> इन सभी घटकों की एक साथ आवश्यकता है।</translation>
    </message>
    <message>
        <source>%1: %2 (%3% of its enabling components released). Lacking: %4.</source>
        <translation>%1: %2 (इसके सक्षम करने वाले घटकों का %3% जारी)। कमी: %4।</translation>
    </message>
    <message>
        <source>not an openness record: expected a Model Openness Tool record (&quot;framework&quot;, &quot;release&quot;) or an Open Source AI Index record (&quot;system&quot; and graded parameters)</source>
        <translation>खुलेपन का अभिलेख नहीं: Model Openness Tool का अभिलेख (&quot;framework&quot;, &quot;release&quot;) या Open Source AI Index का अभिलेख (&quot;system&quot; और आँके गए मापदंड) अपेक्षित था</translation>
    </message>
    <message>
        <source>a &quot;)&quot; without its &quot;(&quot;</source>
        <translation>&quot;(&quot; के बिना &quot;)&quot;</translation>
    </message>
    <message>
        <source>an operator (AND, OR, WITH) is missing before &quot;%1&quot;</source>
        <translation>&quot;%1&quot; से पहले एक ऑपरेटर (AND, OR, WITH) नहीं है</translation>
    </message>
    <message>
        <source>WITH must follow a licence id from the SPDX list</source>
        <translation>WITH के पहले SPDX सूची की लाइसेंस आईडी होनी चाहिए</translation>
    </message>
    <message>
        <source>an exception id must follow WITH</source>
        <translation>WITH के बाद अपवाद आईडी होनी चाहिए</translation>
    </message>
    <message>
        <source>a &quot;(&quot; is not closed</source>
        <translation>एक &quot;(&quot; बंद नहीं किया गया है</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>व्यंजक खाली है</translation>
    </message>
    <message>
        <source>a licence id is missing at the end</source>
        <translation>अंत में लाइसेंस आईडी नहीं है</translation>
    </message>
    <message>
        <source>a licence id is missing before &quot;%1&quot;</source>
        <translation>&quot;%1&quot; से पहले लाइसेंस आईडी नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a licence id</source>
        <translation>लाइसेंस आईडी में &quot;%1&quot; की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>only DocumentRef-…:LicenseRef-… may contain &quot;:&quot;</source>
        <translation>केवल DocumentRef-…:LicenseRef-… में &quot;:&quot; हो सकता है</translation>
    </message>
    <message>
        <source>&quot;+&quot; may only end a licence id</source>
        <translation>&quot;+&quot; केवल लाइसेंस आईडी के अंत में आ सकता है</translation>
    </message>
    <message>
        <source>LicenseRef- must be followed by a name</source>
        <translation>LicenseRef- के बाद एक नाम होना चाहिए</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>मान्य YAML नहीं: %1</translation>
    </message>
    <message>
        <source>technical %1% : financial %2%</source>
        <translation>तकनीकी %1% : वित्तीय %2%</translation>
    </message>
    <message>
        <source>technical scores normalised to the highest (Tn = 100 × T / Tmax)</source>
        <translation>तकनीकी स्कोर उच्चतम के सापेक्ष सामान्यीकृत (Tn = 100 × T / Tmax)</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>बजट %1</translation>
    </message>
    <message>
        <source>minimum technical score %1</source>
        <translation>न्यूनतम तकनीकी स्कोर %1</translation>
    </message>
    <message numerus="yes">
        <source>each score rounded to %n decimal(s)</source>
        <translation>
            <numerusform>प्रत्येक स्कोर %n दशमलव स्थान तक पूर्णांकित</numerusform>
            <numerusform>प्रत्येक स्कोर %n दशमलव स्थानों तक पूर्णांकित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the combined score rounded, to %n decimal(s)</source>
        <translation>
            <numerusform>केवल संयुक्त स्कोर पूर्णांकित, %n दशमलव स्थान तक</numerusform>
            <numerusform>केवल संयुक्त स्कोर पूर्णांकित, %n दशमलव स्थानों तक</numerusform>
        </translation>
    </message>
    <message>
        <source>Tender %1: %2</source>
        <translation>निविदा %1: %2</translation>
    </message>
    <message>
        <source>Procuring entity: %1</source>
        <translation>प्रापण संस्था: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>पद्धति: %1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>नियम: %1</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>मूल्यांकन नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>तकनीकी</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>प्रयुक्त</translation>
    </message>
    <message>
        <source>Evaluated price</source>
        <translation>मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>वित्तीय</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>संयुक्त</translation>
    </message>
    <message>
        <source>not ranked: %1</source>
        <translation>रैंक नहीं दी गई: %1</translation>
    </message>
    <message>
        <source>Lowest evaluated price among qualified bids (Fm): %1</source>
        <translation>योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य (Fm): %1</translation>
    </message>
    <message>
        <source>the highest combined score, %1</source>
        <translation>उच्चतम संयुक्त स्कोर, %1</translation>
    </message>
    <message>
        <source>the lowest evaluated price among qualified bids, %1</source>
        <translation>योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य, %1</translation>
    </message>
    <message>
        <source>the highest technical score, %1</source>
        <translation>उच्चतम तकनीकी स्कोर, %1</translation>
    </message>
    <message>
        <source>the highest technical score within the budget, %1</source>
        <translation>बजट के भीतर उच्चतम तकनीकी स्कोर, %1</translation>
    </message>
    <message>
        <source>Winner: %1 (%2, %3) with %4.</source>
        <translation>विजेता: %1 (%2, %3), %4 के साथ।</translation>
    </message>
    <message>
        <source>No award: %1.</source>
        <translation>कोई अधिनिर्णय नहीं: %1।</translation>
    </message>
    <message>
        <source>Warning (rank reversal): %1</source>
        <translation>चेतावनी (रैंक उलटना): %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>समस्या: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>टिप्पणी: %1</translation>
    </message>
    <message>
        <source>a value here must be text or a number</source>
        <translation>यहाँ मान पाठ या संख्या होना चाहिए</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>नियम एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>a rule needs the text field &quot;%1&quot;</source>
        <translation>नियम में पाठ फ़ील्ड &quot;%1&quot; होनी चाहिए</translation>
    </message>
    <message>
        <source>severity must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>severity &quot;error&quot; या &quot;warning&quot; होनी चाहिए</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>अज्ञात मापदंड &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; एक संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; एक सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>a rule needs min, max or oneOf</source>
        <translation>नियम में min, max या oneOf होना चाहिए</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON ऑब्जेक्ट नहीं</translation>
    </message>
    <message>
        <source>the rulebook needs &quot;%1&quot;</source>
        <translation>नियम-पुस्तिका में &quot;%1&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>the rulebook needs a rules array</source>
        <translation>नियम-पुस्तिका में rules सरणी होनी चाहिए</translation>
    </message>
    <message>
        <source>%1 is %2: %3 (%4)</source>
        <translation>%1 %2 है: %3 (%4)</translation>
    </message>
    <message>
        <source>no rulebook is called &quot;%1&quot;; known rulebooks: %2</source>
        <translation>&quot;%1&quot; नाम की कोई नियम-पुस्तिका नहीं है; ज्ञात नियम-पुस्तिकाएँ: %2</translation>
    </message>
    <message>
        <source>not rounded: the tender rounds only the combined score</source>
        <translation>पूर्णांकित नहीं: निविदा केवल संयुक्त स्कोर को पूर्णांकित करती है</translation>
    </message>
    <message numerus="yes">
        <source>rounded half away from zero to %n decimal(s)</source>
        <translation>
            <numerusform>शून्य से दूर की ओर आधे को पूर्णांकित, %n दशमलव स्थान तक</numerusform>
            <numerusform>शून्य से दूर की ओर आधे को पूर्णांकित, %n दशमलव स्थानों तक</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no marked criterion number %1</source>
        <translation>अंक दिए जाने वाला कोई मानदंड संख्या %1 नहीं है</translation>
    </message>
    <message>
        <source>Committee average for &quot;%1&quot; of %2</source>
        <translation>%2 के लिए &quot;%1&quot; का समिति औसत</translation>
    </message>
    <message>
        <source>average = (sum of the evaluators&apos; marks) / number of evaluators</source>
        <translation>औसत = (मूल्यांकनकर्ताओं के अंकों का योग) / मूल्यांकनकर्ताओं की संख्या</translation>
    </message>
    <message>
        <source>not rounded: averages enter the technical score in full</source>
        <translation>पूर्णांकित नहीं: औसत तकनीकी स्कोर में पूरे मान के साथ आते हैं</translation>
    </message>
    <message>
        <source>T = Σ weight × average marks / maximum marks</source>
        <translation>T = Σ भारांक × औसत अंक / अधिकतम अंक</translation>
    </message>
    <message>
        <source>average for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; का औसत</translation>
    </message>
    <message>
        <source>evaluation (from %1)</source>
        <translation>मूल्यांकन (%1 से)</translation>
    </message>
    <message>
        <source>Technical score used in the combined score of %1</source>
        <translation>%1 के संयुक्त स्कोर में प्रयुक्त तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>the technical score as marked (the tender does not normalise it)</source>
        <translation>दिए गए अंकों के अनुसार तकनीकी स्कोर (निविदा इसे सामान्यीकृत नहीं करती)</translation>
    </message>
    <message>
        <source>Tn = 100 × T / Tmax</source>
        <translation>Tn = 100 × T / Tmax</translation>
    </message>
    <message>
        <source>T, this bid&apos;s technical score</source>
        <translation>T, इस बोली का तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <source>Tmax, the highest technical score among qualified bids</source>
        <translation>Tmax, योग्य बोलियों में उच्चतम तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>the financial proposal is not opened for this bid (two-envelope rule)</source>
        <translation>इस बोली का वित्तीय प्रस्ताव नहीं खोला गया (दो-लिफ़ाफ़ा नियम)</translation>
    </message>
    <message>
        <source>quoted price</source>
        <translation>उद्धृत मूल्य</translation>
    </message>
    <message>
        <source>F = quoted price + tax (the tender evaluates prices with taxes)</source>
        <translation>F = उद्धृत मूल्य + कर (निविदा कर सहित मूल्यों का मूल्यांकन करती है)</translation>
    </message>
    <message>
        <source>F = quoted price (the tender evaluates prices without taxes)</source>
        <translation>F = उद्धृत मूल्य (निविदा कर रहित मूल्यों का मूल्यांकन करती है)</translation>
    </message>
    <message>
        <source>not rounded: prices are used as quoted</source>
        <translation>पूर्णांकित नहीं: मूल्य उद्धृत रूप में प्रयुक्त होते हैं</translation>
    </message>
    <message>
        <source>only technically qualified bids get a financial score: this bid&apos;s financial proposal is not opened (two-envelope rule)</source>
        <translation>केवल तकनीकी रूप से योग्य बोलियों को वित्तीय स्कोर मिलता है: इस बोली का वित्तीय प्रस्ताव नहीं खोला गया (दो-लिफ़ाफ़ा नियम)</translation>
    </message>
    <message>
        <source>this selection method gives no financial score</source>
        <translation>यह चयन पद्धति कोई वित्तीय स्कोर नहीं देती</translation>
    </message>
    <message>
        <source>F, this bid&apos;s evaluated price</source>
        <translation>F, इस बोली का मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Fm, the lowest evaluated price among qualified bids</source>
        <translation>Fm, योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Sf = 100 × Fm / F</source>
        <translation>Sf = 100 × Fm / F</translation>
    </message>
    <message>
        <source>Sf = 100 × (Fmax − F) / (Fmax − Fm); 100 when all prices are equal</source>
        <translation>Sf = 100 × (Fmax − F) / (Fmax − Fm); सभी मूल्य बराबर हों तो 100</translation>
    </message>
    <message>
        <source>Fmax, the highest evaluated price among qualified bids</source>
        <translation>Fmax, योग्य बोलियों में उच्चतम मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>only technically qualified bids get a combined score</source>
        <translation>केवल तकनीकी रूप से योग्य बोलियों को संयुक्त स्कोर मिलता है</translation>
    </message>
    <message>
        <source>this selection method ranks without a combined score</source>
        <translation>यह चयन पद्धति संयुक्त स्कोर के बिना रैंक देती है</translation>
    </message>
    <message>
        <source>S = St × Tw + Sf × Fw</source>
        <translation>S = St × Tw + Sf × Fw</translation>
    </message>
    <message>
        <source>St, technical score used</source>
        <translation>St, प्रयुक्त तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Tw, technical weight</source>
        <translation>Tw, तकनीकी भारांक</translation>
    </message>
    <message>
        <source>Sf, financial score</source>
        <translation>Sf, वित्तीय स्कोर</translation>
    </message>
    <message>
        <source>Fw, financial weight</source>
        <translation>Fw, वित्तीय भारांक</translation>
    </message>
    <message>
        <source>the tender has not been evaluated</source>
        <translation>निविदा का मूल्यांकन नहीं हुआ है</translation>
    </message>
    <message>
        <source>the committee&apos;s average of %1 marks for &quot;%2&quot; is below its minimum of %3</source>
        <translation>&quot;%2&quot; के लिए समिति का औसत %1 अंक उसके न्यूनतम %3 से कम है</translation>
    </message>
    <message>
        <source>technical score %1 is below the minimum of %2</source>
        <translation>तकनीकी स्कोर %1 न्यूनतम %2 से कम है</translation>
    </message>
    <message>
        <source>evaluated price %1 is above the budget of %2</source>
        <translation>मूल्यांकित मूल्य %1 बजट %2 से अधिक है</translation>
    </message>
    <message numerus="yes">
        <source>the evaluation is not complete: %n bid(s) cannot be scored yet (see the problems listed)</source>
        <translation>
            <numerusform>मूल्यांकन पूरा नहीं है: %n बोली को अभी स्कोर नहीं दिया जा सकता (सूचीबद्ध समस्याएँ देखें)</numerusform>
            <numerusform>मूल्यांकन पूरा नहीं है: %n बोलियों को अभी स्कोर नहीं दिया जा सकता (सूचीबद्ध समस्याएँ देखें)</numerusform>
        </translation>
    </message>
    <message>
        <source>no bids have been entered</source>
        <translation>कोई बोली दर्ज नहीं की गई है</translation>
    </message>
    <message>
        <source>no bid is qualified: every bid was rejected or fell short (see each bid&apos;s reason)</source>
        <translation>कोई बोली योग्य नहीं है: हर बोली अस्वीकृत हुई या अपेक्षा से कम रही (प्रत्येक बोली का कारण देखें)</translation>
    </message>
    <message>
        <source>%1 are tied and the announced tie-break (%2) does not separate them: the committee must decide as the tender provides</source>
        <translation>%1 बराबर हैं और घोषित टाई-ब्रेक (%2) उन्हें अलग नहीं करता: समिति को निविदा के प्रावधान के अनुसार निर्णय करना होगा</translation>
    </message>
    <message>
        <source>%1 and another bid had the same score; the announced tie-break (%2) ranked %1 first</source>
        <translation>%1 और एक अन्य बोली का स्कोर समान था; घोषित टाई-ब्रेक (%2) ने %1 को प्रथम रखा</translation>
    </message>
    <message>
        <source>the tender cannot be evaluated until the problems listed are fixed</source>
        <translation>सूचीबद्ध समस्याएँ ठीक होने तक निविदा का मूल्यांकन नहीं हो सकता</translation>
    </message>
    <message>
        <source>non-responsive: %1</source>
        <translation>अनुक्रियाशील नहीं: %1</translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation>वापस ली गई: %1</translation>
    </message>
    <message>
        <source>cannot be scored yet: %1</source>
        <translation>अभी स्कोर नहीं दिया जा सकता: %1</translation>
    </message>
    <message>
        <source>the lowest evaluated price, which sets every financial score, would be %1 instead of %2</source>
        <translation>न्यूनतम मूल्यांकित मूल्य, जो हर वित्तीय स्कोर तय करता है, %2 के स्थान पर %1 होता</translation>
    </message>
    <message>
        <source>the highest evaluated price, an end of the linear price scale, would be %1 instead of %2</source>
        <translation>उच्चतम मूल्यांकित मूल्य, जो रैखिक मूल्य-पैमाने का एक छोर है, %2 के स्थान पर %1 होता</translation>
    </message>
    <message>
        <source>the highest technical score, which normalises the others, would be %1 instead of %2</source>
        <translation>उच्चतम तकनीकी स्कोर, जो अन्य स्कोरों को सामान्यीकृत करता है, %2 के स्थान पर %1 होता</translation>
    </message>
    <message>
        <source>If %1 were withdrawn or disqualified, %2 would win instead of %3: %4. The winner depends on a bid that does not win.</source>
        <translation>यदि %1 वापस ली जाती या अयोग्य होती, तो %3 के स्थान पर %2 विजयी होती: %4। विजेता एक ऐसी बोली पर निर्भर है जो स्वयं विजयी नहीं है।</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>खुला स्रोत</translation>
    </message>
    <message>
        <source>Proprietary</source>
        <translation>स्वामित्व वाली</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>मिश्रित</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>अनुक्रियाशील</translation>
    </message>
    <message>
        <source>Non-responsive</source>
        <translation>अनुक्रियाशील नहीं</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <source>Quality- and Cost-Based Selection (QCBS)</source>
        <translation>गुणवत्ता और लागत आधारित चयन (QCBS)</translation>
    </message>
    <message>
        <source>Least-Cost Selection (L1)</source>
        <translation>न्यूनतम लागत चयन (L1)</translation>
    </message>
    <message>
        <source>Quality-Based Selection (QBS)</source>
        <translation>गुणवत्ता आधारित चयन (QBS)</translation>
    </message>
    <message>
        <source>Fixed-Budget Selection (FBS)</source>
        <translation>नियत बजट चयन (FBS)</translation>
    </message>
    <message>
        <source>higher technical score, then lower evaluated price</source>
        <translation>अधिक तकनीकी स्कोर, फिर कम मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>lower evaluated price, then higher technical score</source>
        <translation>कम मूल्यांकित मूल्य, फिर अधिक तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Sf = 100 × lowest price / price</source>
        <translation>Sf = 100 × न्यूनतम मूल्य / मूल्य</translation>
    </message>
    <message>
        <source>Sf = 100 × (highest price − price) / (highest price − lowest price)</source>
        <translation>Sf = 100 × (उच्चतम मूल्य − मूल्य) / (उच्चतम मूल्य − न्यूनतम मूल्य)</translation>
    </message>
    <message>
        <source>the tender needs a reference number</source>
        <translation>निविदा की संदर्भ संख्या आवश्यक है</translation>
    </message>
    <message>
        <source>the tender needs a title</source>
        <translation>निविदा का शीर्षक आवश्यक है</translation>
    </message>
    <message>
        <source>a weight must be a percentage between 0 and 100, not %1</source>
        <translation>भारांक 0 और 100 के बीच का प्रतिशत होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>the technical weight (%1%) and the financial weight (%2%) must add up to 100%</source>
        <translation>तकनीकी भारांक (%1%) और वित्तीय भारांक (%2%) का योग 100% होना चाहिए</translation>
    </message>
    <message>
        <source>the minimum technical score must be between 0 and 100, not %1</source>
        <translation>न्यूनतम तकनीकी स्कोर 0 और 100 के बीच होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>Fixed-Budget Selection needs the budget</source>
        <translation>नियत बजट चयन के लिए बजट आवश्यक है</translation>
    </message>
    <message>
        <source>the budget must be greater than zero, not %1</source>
        <translation>बजट शून्य से अधिक होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>decimals must be between 0 and 6, not %1</source>
        <translation>दशमलव स्थान 0 और 6 के बीच होने चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>every criterion needs an id</source>
        <translation>हर मानदंड की आईडी आवश्यक है</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another criterion</source>
        <translation>आईडी &quot;%1&quot; एक अन्य मानदंड द्वारा प्रयुक्त है</translation>
    </message>
    <message>
        <source>every criterion needs a name</source>
        <translation>हर मानदंड का नाम आवश्यक है</translation>
    </message>
    <message>
        <source>a weight cannot be negative or missing (%1)</source>
        <translation>भारांक ऋणात्मक या अनुपस्थित नहीं हो सकता (%1)</translation>
    </message>
    <message>
        <source>the weight of group &quot;%1&quot;</source>
        <translation>समूह &quot;%1&quot; का भारांक</translation>
    </message>
    <message>
        <source>maximum marks must be greater than zero, not %1</source>
        <translation>अधिकतम अंक शून्य से अधिक होने चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>minimum marks must be between 0 and the maximum of %1, not %2</source>
        <translation>न्यूनतम अंक 0 और अधिकतम %1 के बीच होने चाहिए, %2 नहीं</translation>
    </message>
    <message>
        <source>the weights add up to %1 but must add up to %2 (%3)</source>
        <translation>भारांकों का योग %1 है पर %2 होना चाहिए (%3)</translation>
    </message>
    <message>
        <source>the evaluation committee needs at least one evaluator</source>
        <translation>मूल्यांकन समिति में कम से कम एक मूल्यांकनकर्ता आवश्यक है</translation>
    </message>
    <message>
        <source>every evaluator needs an id</source>
        <translation>हर मूल्यांकनकर्ता की आईडी आवश्यक है</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another evaluator</source>
        <translation>आईडी &quot;%1&quot; एक अन्य मूल्यांकनकर्ता द्वारा प्रयुक्त है</translation>
    </message>
    <message>
        <source>the bid needs the bidder&apos;s name</source>
        <translation>बोली में बोलीदाता का नाम आवश्यक है</translation>
    </message>
    <message>
        <source>a bid that is %1 needs the reason recorded</source>
        <translation>जो बोली %1 है, उसका कारण दर्ज होना आवश्यक है</translation>
    </message>
    <message>
        <source>the quoted price is missing</source>
        <translation>उद्धृत मूल्य नहीं है</translation>
    </message>
    <message>
        <source>the quoted price must be greater than zero, not %1</source>
        <translation>उद्धृत मूल्य शून्य से अधिक होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>the marks sheet has %1 × %2 cells but the tender has %3 criteria × %4 evaluators</source>
        <translation>अंक-पत्रक में %1 × %2 खाने हैं पर निविदा में %3 मानदंड × %4 मूल्यांकनकर्ता हैं</translation>
    </message>
    <message>
        <source>%1 has not marked &quot;%2&quot;</source>
        <translation>%1 ने &quot;%2&quot; पर अंक नहीं दिए हैं</translation>
    </message>
    <message>
        <source>%1 marks is more than the maximum of %2 for &quot;%3&quot;</source>
        <translation>%1 अंक &quot;%3&quot; के अधिकतम %2 से अधिक हैं</translation>
    </message>
    <message>
        <source>every bid needs an id</source>
        <translation>हर बोली की आईडी आवश्यक है</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another bid</source>
        <translation>आईडी &quot;%1&quot; एक अन्य बोली द्वारा प्रयुक्त है</translation>
    </message>
    <message>
        <source>the tender needs at least one criterion</source>
        <translation>निविदा में कम से कम एक मानदंड आवश्यक है</translation>
    </message>
    <message>
        <source>the technical score is out of 100</source>
        <translation>तकनीकी स्कोर 100 में से है</translation>
    </message>
    <message>
        <source>Record what is listed above in the tender&apos;s &quot;decision&quot; section (docs/considerations.md).</source>
        <translation>ऊपर सूचीबद्ध बातें निविदा के &quot;decision&quot; खंड में दर्ज करें (docs/considerations.md)।</translation>
    </message>
    <message>
        <source>--claim must be open-source, open or not-stated, not &quot;%1&quot;</source>
        <translation>--claim open-source, open या not-stated होना चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>no bid has the id &quot;%1&quot; (the bids are: %2)</source>
        <translation>किसी बोली की आईडी &quot;%1&quot; नहीं है (बोलियाँ हैं: %2)</translation>
    </message>
    <message>
        <source>Replaced the openness record of bid %1 in %2.</source>
        <translation>%2 में बोली %1 के खुलेपन का अभिलेख प्रतिस्थापित किया गया।</translation>
    </message>
    <message>
        <source>Recorded the openness of bid %1 in %2.</source>
        <translation>%2 में बोली %1 का खुलापन दर्ज किया गया।</translation>
    </message>
    <message>
        <source>--into FILE and --bid ID go together</source>
        <translation>--into FILE और --bid ID एक साथ दिए जाते हैं</translation>
    </message>
    <message>
        <source>--claim and --out need --into FILE and --bid ID</source>
        <translation>--claim और --out के लिए --into FILE और --bid ID आवश्यक हैं</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here: use %2</source>
        <translation>यहाँ &quot;%1&quot; की अनुमति नहीं है: %2 का उपयोग करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component Tulana knows (docs/openness.md lists them)</source>
        <translation>&quot;%1&quot; ऐसा घटक नहीं है जिसे Tulana जानता हो (docs/openness.md में उनकी सूची है)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state: use released, partly-released, documented-only, not-released or not-applicable</source>
        <translation>&quot;%1&quot; कोई स्थिति नहीं है: released, partly-released, documented-only, not-released या not-applicable लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a basis: use off, mof-class, outcomes or points-table</source>
        <translation>&quot;%1&quot; कोई आधार नहीं है: off, mof-class, outcomes या points-table लिखें</translation>
    </message>
    <message>
        <source>give three marks: for Class I, Class II and Class III</source>
        <translation>तीन अंक दें: वर्ग I, वर्ग II और वर्ग III के लिए</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>संख्या अपेक्षित थी, %1 मिला</translation>
    </message>
    <message>
        <source>No memo was written: the tender cannot be evaluated yet.</source>
        <translation>कोई ज्ञापन नहीं लिखा गया: निविदा का अभी मूल्यांकन नहीं हो सकता।</translation>
    </message>
    <message>
        <source>No memo was written: the decision departs from the open-source option or from the evaluation, and its justification is incomplete.</source>
        <translation>कोई ज्ञापन नहीं लिखा गया: निर्णय खुला स्रोत विकल्प से या मूल्यांकन से विचलित है, और उसका औचित्य अधूरा है।</translation>
    </message>
    <message>
        <source>The tender announced an openness sub-criterion of %1 marks of the 100-point technical score, awarded %2. Each bid&apos;s openness marks are a line of its technical score; their working is in the Annex.</source>
        <translation>निविदा में 100 अंकों के तकनीकी स्कोर में से %1 अंकों का खुलेपन का उप-मानदंड घोषित किया गया था, जिसके अंक %2 दिए जाते हैं। प्रत्येक बोली के खुलेपन के अंक उसके तकनीकी स्कोर की एक पंक्ति हैं; उनकी गणना अनुलग्नक में है।</translation>
    </message>
    <message>
        <source>The tender file records an openness sub-criterion of %1 marks (%2), but it is switched off: no openness marks enter the scores. The assessment below is for information.</source>
        <translation>निविदा फ़ाइल में %1 अंकों का खुलेपन का उप-मानदंड (%2) दर्ज है, पर वह बंद है: खुलेपन के कोई अंक स्कोर में नहीं जुड़ते। नीचे दिया गया आकलन केवल सूचना हेतु है।</translation>
    </message>
    <message>
        <source>The tender announced no openness sub-criterion: the assessment below is for information and does not enter the scores.</source>
        <translation>निविदा में खुलेपन का कोई उप-मानदंड घोषित नहीं किया गया: नीचे दिया गया आकलन केवल सूचना हेतु है और स्कोर में शामिल नहीं होता।</translation>
    </message>
    <message>
        <source>What each offered AI system releases, and under which terms, was recorded component by component and assessed against the Model Openness Framework, the OSI Open Source AI Definition 1.0 and signs of openwashing (an offer presented as more open than it is).</source>
        <translation>प्रत्येक प्रस्तावित एआई प्रणाली क्या जारी करती है, और किन शर्तों पर, यह घटक-दर-घटक दर्ज किया गया और Model Openness Framework, OSI Open Source AI Definition 1.0 तथा ओपनवॉशिंग (किसी प्रस्ताव को वास्तविकता से अधिक खुला प्रस्तुत करना) के संकेतों के आधार पर आँका गया।</translation>
    </message>
    <message>
        <source>Openness assessment of the offered AI systems</source>
        <translation>प्रस्तावित एआई प्रणालियों के खुलेपन का आकलन</translation>
    </message>
    <message>
        <source>Model Openness Framework</source>
        <translation>Model Openness Framework</translation>
    </message>
    <message>
        <source>OSI definition</source>
        <translation>OSI परिभाषा</translation>
    </message>
    <message>
        <source>Openwashing flags</source>
        <translation>ओपनवॉशिंग संकेत</translation>
    </message>
    <message>
        <source>Openness marks</source>
        <translation>खुलेपन के अंक</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Sources: LF AI &amp; Data Model Openness Framework (Model Openness Tool); OSI Open Source AI Definition 1.0. Tulana&apos;s reading of the records, not a certification.</source>
        <translation>स्रोत: LF AI &amp; Data Model Openness Framework (Model Openness Tool); OSI Open Source AI Definition 1.0। यह अभिलेखों की Tulana द्वारा की गई व्याख्या है, प्रमाणन नहीं।</translation>
    </message>
    <message>
        <source>Each offered system in brief:</source>
        <translation>प्रत्येक प्रस्तावित प्रणाली संक्षेप में:</translation>
    </message>
    <message>
        <source>%1: %2 %3 Recorded from: %4.</source>
        <translation>%1: %2 %3 दर्ज करने का आधार: %4।</translation>
    </message>
    <message>
        <source>Code released openly</source>
        <translation>खुले रूप से जारी कोड</translation>
    </message>
    <message>
        <source>Data released openly</source>
        <translation>खुले रूप से जारी डेटा</translation>
    </message>
    <message>
        <source>Weights released openly</source>
        <translation>खुले रूप से जारी मॉडल भार</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>खुलापन</translation>
    </message>
    <message>
        <source>Openness sub-criterion: %1 marks of the technical score, awarded %2:</source>
        <translation>खुलेपन का उप-मानदंड: तकनीकी स्कोर के %1 अंक, जो %2 दिए जाते हैं:</translation>
    </message>
    <message>
        <source>T = Σ weight × average marks / maximum marks + openness marks</source>
        <translation>T = Σ भारांक × औसत अंक / अधिकतम अंक + खुलेपन के अंक</translation>
    </message>
    <message>
        <source>openness marks</source>
        <translation>खुलेपन के अंक</translation>
    </message>
    <message>
        <source>evaluation (from %1 and tender.openness)</source>
        <translation>मूल्यांकन (%1 और tender.openness से)</translation>
    </message>
    <message>
        <source>the tender announces no openness sub-criterion, or it is switched off</source>
        <translation>निविदा खुलेपन का कोई उप-मानदंड घोषित नहीं करती, या वह बंद है</translation>
    </message>
    <message>
        <source>no openness record → 0 (of %1)</source>
        <translation>खुलेपन का कोई अभिलेख नहीं → 0 (%1 में से)</translation>
    </message>
    <message>
        <source>nothing is recorded about the openness of this bid&apos;s system</source>
        <translation>इस बोली की प्रणाली के खुलेपन के बारे में कुछ भी दर्ज नहीं है</translation>
    </message>
    <message>
        <source>the technical score is out of 100, of which the openness sub-criterion takes %1</source>
        <translation>तकनीकी स्कोर 100 में से है, जिसमें से %1 अंक खुलेपन के उप-मानदंड के हैं</translation>
    </message>
    <message>
        <source>the tender awards openness marks but nothing is recorded about the openness of %1&apos;s system: it gets no openness marks</source>
        <translation>निविदा खुलेपन के अंक देती है, पर %1 की प्रणाली के खुलेपन के बारे में कुछ भी दर्ज नहीं है: उसे खुलेपन के कोई अंक नहीं मिलते</translation>
    </message>
    <message>
        <source>&quot;hi&quot; must hold the Hindi texts as strings</source>
        <translation>&quot;hi&quot; में हिंदी पाठ स्ट्रिंग के रूप में होने चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timing: use one-time, recurring or exit</source>
        <translation>&quot;%1&quot; कोई समय-प्रकार नहीं है: one-time, recurring या exit लिखें</translation>
    </message>
    <message>
        <source>lifecycle cost (net present value)</source>
        <translation>जीवनचक्र लागत (शुद्ध वर्तमान मूल्य)</translation>
    </message>
    <message>
        <source>a one-time cost falls in one year: give it as fromYear (0, the start, when absent)</source>
        <translation>एकमुश्त लागत एक ही वर्ष में आती है: उसे fromYear के रूप में दें (न दिए जाने पर 0, यानी आरंभ)</translation>
    </message>
    <message>
        <source>year %1 is outside the horizon: a one-time cost falls in a year from 0 to %2</source>
        <translation>वर्ष %1 अवधि से बाहर है: एकमुश्त लागत 0 से %2 तक के किसी वर्ष में आती है</translation>
    </message>
    <message>
        <source>an exit cost falls in the year the system is left: give it as toYear (the horizon, when absent)</source>
        <translation>निकास लागत उस वर्ष में आती है जिसमें प्रणाली छोड़ी जाती है: उसे toYear के रूप में दें (न दिए जाने पर अवधि का अंतिम वर्ष)</translation>
    </message>
    <message>
        <source>year %1 is outside the horizon: an exit cost falls in a year from 1 to %2</source>
        <translation>वर्ष %1 अवधि से बाहर है: निकास लागत 1 से %2 तक के किसी वर्ष में आती है</translation>
    </message>
    <message>
        <source>year %1 is outside the horizon: a recurring cost falls in years 1 to %2</source>
        <translation>वर्ष %1 अवधि से बाहर है: आवर्ती लागत वर्ष 1 से %2 तक आती है</translation>
    </message>
    <message>
        <source>the line runs from year %1 to year %2: it applies in no year; give a toYear on or after its fromYear</source>
        <translation>यह पंक्ति वर्ष %1 से वर्ष %2 तक है: यह किसी भी वर्ष में लागू नहीं होती; fromYear के बराबर या उसके बाद का toYear दें</translation>
    </message>
    <message>
        <source>the horizon must be from 1 to %1 years, not %2</source>
        <translation>अवधि 1 से %1 वर्ष तक होनी चाहिए, %2 नहीं</translation>
    </message>
    <message>
        <source>the discount rate must be a percentage between 0 and 100, not %1</source>
        <translation>छूट दर 0 और 100 के बीच का प्रतिशत होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>the tender scores lifecycle cost but %1 has no cost lines: enter what the bid costs over the horizon</source>
        <translation>निविदा जीवनचक्र लागत पर अंक देती है, पर %1 की कोई लागत मद नहीं है: अवधि में बोली की लागत दर्ज करें</translation>
    </message>
    <message>
        <source>a cost must be zero or more, not %1</source>
        <translation>लागत शून्य या अधिक होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of cost: use one of %2</source>
        <translation>&quot;%1&quot; कोई लागत-प्रकार नहीं है: %2 में से एक लिखें</translation>
    </message>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>high</source>
        <translation>अधिक</translation>
    </message>
    <message>
        <source>no lifecycle cost is recorded: nothing to judge lock-in by</source>
        <translation>कोई जीवनचक्र लागत दर्ज नहीं है: विक्रेता-बंधन (लॉक-इन) आँकने का कोई आधार नहीं</translation>
    </message>
    <message>
        <source>exit costs (data migration, switching) are %1 of the lifecycle cost: %2 (medium from %3, high from %4)</source>
        <translation>निकास लागतें (डेटा स्थानांतरण, बदलाव) जीवनचक्र लागत का %1 हैं: %2 (%3 से मध्यम, %4 से अधिक)</translation>
    </message>
    <message>
        <source>recurring costs are %1 of the lifecycle cost: %2 (medium from %3, high from %4)</source>
        <translation>आवर्ती लागतें जीवनचक्र लागत का %1 हैं: %2 (%3 से मध्यम, %4 से अधिक)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a financial basis: use quoted-price or lifecycle-cost</source>
        <translation>&quot;%1&quot; कोई वित्तीय आधार नहीं है: quoted-price या lifecycle-cost लिखें</translation>
    </message>
    <message>
        <source>F, this bid&apos;s evaluated price (lifecycle cost, NPV)</source>
        <translation>F, इस बोली का मूल्यांकित मूल्य (जीवनचक्र लागत, NPV)</translation>
    </message>
    <message>
        <source>F = NPV = Σ cost_t / (1 + r/100)^t for t = 0 … H (the tender scores lifecycle cost: one-time costs in year 0, recurring costs in years 1 to H, exit costs in year H, unless a cost line gives its years)</source>
        <translation>F = NPV = Σ cost_t / (1 + r/100)^t, t = 0 … H के लिए (निविदा जीवनचक्र लागत पर अंक देती है: एकमुश्त लागतें वर्ष 0 में, आवर्ती लागतें वर्ष 1 से H तक, निकास लागतें वर्ष H में, जब तक कोई लागत मद अपने वर्ष न बताए)</translation>
    </message>
    <message>
        <source>H, the horizon in years</source>
        <translation>H, वर्षों में अवधि</translation>
    </message>
    <message>
        <source>r, the discount rate in percent a year</source>
        <translation>r, प्रति वर्ष प्रतिशत में छूट दर</translation>
    </message>
    <message>
        <source>cost in year %1</source>
        <translation>वर्ष %1 में लागत</translation>
    </message>
    <message>
        <source>not rounded: the net present value is used in full</source>
        <translation>पूर्णांकित नहीं: शुद्ध वर्तमान मूल्य पूरा उपयोग किया जाता है</translation>
    </message>
    <message numerus="yes">
        <source>financial basis: %1 over %n year(s) at a discount rate of %2%; undiscounted total %3</source>
        <translation>
            <numerusform>वित्तीय आधार: %1, %n वर्ष में, %2% छूट दर पर; बिना छूट का कुल %3</numerusform>
            <numerusform>वित्तीय आधार: %1, %n वर्षों में, %2% छूट दर पर; बिना छूट का कुल %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no preference for micro and small enterprises or start-ups is applied, and nothing was scored: %1</source>
        <translation>सूक्ष्म और लघु उद्यमों या स्टार्ट-अप के लिए कोई वरीयता लागू नहीं की जाती, और कोई स्कोर नहीं दिया गया: %1</translation>
    </message>
    <message>
        <source>training list takes at most one PACK</source>
        <translation>training list अधिकतम एक PACK लेता है</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>(no cases)</source>
        <translation>(कोई केस नहीं)</translation>
    </message>
    <message>
        <source>training check takes one PACK directory or CASE.json</source>
        <translation>training check एक PACK निर्देशिका या CASE.json लेता है</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: ऐसी कोई फ़ाइल या निर्देशिका नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) checked</source>
        <translation>
            <numerusform>%1: %n केस जाँचा गया</numerusform>
            <numerusform>%1: %n केस जाँचे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n question(s), no errors</source>
        <translation>
            <numerusform>, %n प्रश्न, कोई त्रुटि नहीं</numerusform>
            <numerusform>, %n प्रश्न, कोई त्रुटि नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: case &quot;%2&quot; checked</source>
        <translation>%1: केस &quot;%2&quot; जाँचा गया</translation>
    </message>
    <message>
        <source>%1 over a %2-year horizon at a discount rate of %3% a year</source>
        <translation>%1, %2 वर्ष की अवधि में, %3% प्रति वर्ष की छूट दर पर</translation>
    </message>
    <message>
        <source>%1 has the lowest quoted price (%2) but not the lowest lifecycle cost over the %3-year horizon: its net present value is %4, and %5&apos;s is lower, %6.</source>
        <translation>%1 का उद्धृत मूल्य (%2) न्यूनतम है, पर %3 वर्ष की अवधि में उसकी जीवनचक्र लागत न्यूनतम नहीं है: उसका शुद्ध वर्तमान मूल्य %4 है, जबकि %5 का इससे कम, %6 है।</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>वर्ष %1</translation>
    </message>
    <message>
        <source>years %1 to %2</source>
        <translation>वर्ष %1 से %2 तक</translation>
    </message>
    <message>
        <source>High exit costs bear on Table 3&apos;s “%1”; a large share of recurring costs bears on “%2”.</source>
        <translation>ऊँची निकास लागतें तालिका 3 के “%1” से संबंधित हैं; आवर्ती लागतों का बड़ा हिस्सा “%2” से संबंधित है।</translation>
    </message>
    <message>
        <source>The open-source bid %1 (%2) was excluded before technical scoring by an eligibility criterion announced in the tender (%3), so it is not an option passed over.</source>
        <translation>खुला स्रोत बोली %1 (%2) तकनीकी स्कोरिंग से पहले ही निविदा में घोषित एक पात्रता मानदंड (%3) के आधार पर बाहर कर दी गई थी, अतः यह छोड़ा गया विकल्प नहीं है।</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>टर्नओवर</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>प्रमाणन</translation>
    </message>
    <message>
        <source>Prior deployment</source>
        <translation>पूर्व परिनियोजन</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>pilot deployment</source>
        <translation>पायलट परिनियोजन</translation>
    </message>
    <message>
        <source>third-party audit</source>
        <translation>तृतीय-पक्ष लेखा-परीक्षा</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>the requirement itself</source>
        <translation>मूल अपेक्षा</translation>
    </message>
    <message>
        <source>micro enterprise</source>
        <translation>सूक्ष्म उद्यम</translation>
    </message>
    <message>
        <source>small enterprise</source>
        <translation>लघु उद्यम</translation>
    </message>
    <message>
        <source>medium enterprise</source>
        <translation>मध्यम उद्यम</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>स्टार्ट-अप</translation>
    </message>
    <message>
        <source>STQC</source>
        <translation>STQC</translation>
    </message>
    <message>
        <source>other third party</source>
        <translation>अन्य तृतीय पक्ष</translation>
    </message>
    <message>
        <source>robustness</source>
        <translation>सुदृढ़ता</translation>
    </message>
    <message>
        <source>reproducibility</source>
        <translation>पुनरुत्पादकता</translation>
    </message>
    <message>
        <source>cybersecurity</source>
        <translation>साइबर सुरक्षा</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>प्रलेखन</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <translation>%1: पूरा नहीं</translation>
    </message>
    <message>
        <source>%1: met by a %2, which the tender allows</source>
        <translation>%1: %2 द्वारा पूरा, जिसकी निविदा में अनुमति है</translation>
    </message>
    <message>
        <source>%1: claimed by a %2, which the tender does not allow for this criterion, so the claim does not count</source>
        <translation>%1: %2 द्वारा पूरा होने का दावा, जिसकी निविदा इस मानदंड के लिए अनुमति नहीं देती, अतः दावा मान्य नहीं है</translation>
    </message>
    <message>
        <source>eligibility not yet assessed against %1</source>
        <translation>%1 के सापेक्ष पात्रता का अभी आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>no eligibility criteria</source>
        <translation>कोई पात्रता मानदंड नहीं</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>पात्र</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>अपात्र</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>अभी आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>The tender names no rulebook, so no preference rule for micro and small enterprises or start-ups is stated; Tulana applies none. A bidder&apos;s designation is recorded as declared and changes no score.</source>
        <translation>निविदा में किसी नियम-पुस्तिका का नाम नहीं है, अतः सूक्ष्म और लघु उद्यमों या स्टार्ट-अप के लिए कोई वरीयता नियम नहीं बताया गया है; Tulana कोई वरीयता लागू नहीं करता। बोलीदाता की उद्यम श्रेणी घोषित रूप में दर्ज की जाती है और उससे कोई स्कोर नहीं बदलता।</translation>
    </message>
    <message>
        <source>The rulebook “%1”, as summarised in Tulana, states no preference for micro and small enterprises or start-ups; Tulana applies none. A bidder&apos;s designation is recorded as declared and changes no score.</source>
        <translation>नियम-पुस्तिका “%1”, जैसा Tulana में उसका सार दिया गया है, सूक्ष्म और लघु उद्यमों या स्टार्ट-अप के लिए कोई वरीयता नहीं बताती; Tulana कोई वरीयता लागू नहीं करता। बोलीदाता की उद्यम श्रेणी घोषित रूप में दर्ज की जाती है और उससे कोई स्कोर नहीं बदलता।</translation>
    </message>
    <message>
        <source>%1; accepted in its place: %2</source>
        <translation>%1; इसके स्थान पर स्वीकार्य: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>%1 द्वारा जारी</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>संदर्भ %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 तक वैध</translation>
    </message>
    <message>
        <source>every eligibility criterion needs an id</source>
        <translation>हर पात्रता मानदंड की एक आईडी होनी चाहिए</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by another eligibility criterion</source>
        <translation>आईडी &quot;%1&quot; एक अन्य पात्रता मानदंड द्वारा प्रयुक्त है</translation>
    </message>
    <message>
        <source>the eligibility criterion needs a name</source>
        <translation>पात्रता मानदंड का एक नाम होना चाहिए</translation>
    </message>
    <message>
        <source>the tender states no eligibility criteria, so there is no criterion &quot;%1&quot; to respond to</source>
        <translation>निविदा में कोई पात्रता मानदंड नहीं बताया गया है, अतः उत्तर देने के लिए कोई मानदंड &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>no eligibility criterion has the id &quot;%1&quot;</source>
        <translation>किसी पात्रता मानदंड की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>eligibility criterion %1 is answered twice</source>
        <translation>पात्रता मानदंड %1 का उत्तर दो बार दिया गया है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed by eligibility criterion %2: the tender does not accept a %3 in place of the requirement, so %4 is not eligible on this criterion</source>
        <translation>पात्रता मानदंड %2 &quot;%1&quot; की अनुमति नहीं देता: निविदा अपेक्षा के स्थान पर %3 स्वीकार नहीं करती, अतः %4 इस मानदंड पर पात्र नहीं है</translation>
    </message>
    <message>
        <source>the certification does not say who issued it</source>
        <translation>प्रमाणन में यह नहीं बताया गया है कि उसे किसने जारी किया</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>&quot;%1&quot; कोई तिथि नहीं है: इसे YYYY-MM-DD रूप में लिखें, जैसे 2027-03-31</translation>
    </message>
    <message>
        <source>financial basis: %1</source>
        <translation>वित्तीय आधार: %1</translation>
    </message>
    <message numerus="yes">
        <source>The tender stated %n pass/fail eligibility criteria, checked before technical scoring. A bid that fails one is not technically scored and its financial proposal is not opened.</source>
        <translation>
            <numerusform>निविदा में %n उत्तीर्ण/अनुत्तीर्ण पात्रता मानदंड बताया गया था, जिसकी जाँच तकनीकी स्कोरिंग से पहले की जाती है। जो बोली इसमें अनुत्तीर्ण होती है, उसे तकनीकी स्कोर नहीं दिया जाता और उसका वित्तीय प्रस्ताव नहीं खोला जाता।</numerusform>
            <numerusform>निविदा में %n उत्तीर्ण/अनुत्तीर्ण पात्रता मानदंड बताए गए थे, जिनकी जाँच तकनीकी स्कोरिंग से पहले की जाती है। जो बोली इनमें से किसी एक में अनुत्तीर्ण होती है, उसे तकनीकी स्कोर नहीं दिया जाता और उसका वित्तीय प्रस्ताव नहीं खोला जाता।</numerusform>
        </translation>
    </message>
    <message>
        <source>As the policy brief recommends for prior-deployment requirements, the tender announced where a pilot deployment or a third-party audit is accepted in place of the requirement. An alternative counts only where it was announced.</source>
        <translation>पूर्व परिनियोजन संबंधी अपेक्षाओं के लिए नीति-पत्र की अनुशंसा के अनुसार, निविदा में घोषित किया गया था कि कहाँ अपेक्षा के स्थान पर पायलट परिनियोजन या तृतीय-पक्ष लेखा-परीक्षा स्वीकार की जाती है। कोई विकल्प केवल वहीं मान्य है जहाँ उसकी घोषणा की गई थी।</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>पात्रता मानदंड</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>अपेक्षा</translation>
    </message>
    <message>
        <source>Accepted in its place</source>
        <translation>इसके स्थान पर स्वीकार्य</translation>
    </message>
    <message>
        <source>%1 by a %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>%1: %2 claimed, not allowed</source>
        <translation>%1: %2 का दावा, अनुमति नहीं</translation>
    </message>
    <message>
        <source>Eligibility of the bids</source>
        <translation>बोलियों की पात्रता</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Alternative used</source>
        <translation>प्रयुक्त विकल्प</translation>
    </message>
    <message>
        <source>Designations declared by the bidders: %1.</source>
        <translation>बोलीदाताओं द्वारा घोषित उद्यम श्रेणियाँ: %1।</translation>
    </message>
    <message>
        <source>Preference rule applied: %1</source>
        <translation>लागू वरीयता नियम: %1</translation>
    </message>
    <message>
        <source>Certifications offered as evidence</source>
        <translation>साक्ष्य के रूप में प्रस्तुत प्रमाणन</translation>
    </message>
    <message>
        <source>Scheme and aspects</source>
        <translation>योजना और पहलू</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>जारीकर्ता</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>वैधता तिथि</translation>
    </message>
    <message>
        <source>Certifications are evidence for the evaluators; they add no marks by themselves, only through a technical criterion announced in the tender.</source>
        <translation>प्रमाणन मूल्यांकनकर्ताओं के लिए साक्ष्य हैं; वे स्वयं कोई अंक नहीं जोड़ते, केवल निविदा में घोषित किसी तकनीकी मानदंड के माध्यम से जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Eligibility of the bidders</source>
        <translation>बोलीदाताओं की पात्रता</translation>
    </message>
    <message>
        <source>with taxes</source>
        <translation>कर सहित</translation>
    </message>
    <message>
        <source>without taxes</source>
        <translation>कर रहित</translation>
    </message>
    <message>
        <source>The tender announced that the financial score uses the lifecycle cost, not the quoted price: each bid&apos;s evaluated price is the net present value of its cost lines over a %1-year horizon at a discount rate of %2% a year. One-time costs fall in year 0, recurring costs in each of years 1 to %1, exit costs in year %1, unless a line gives its years. Amounts are in %3, %4.</source>
        <translation>निविदा में घोषित किया गया था कि वित्तीय स्कोर उद्धृत मूल्य पर नहीं, बल्कि जीवनचक्र लागत पर आधारित है: प्रत्येक बोली का मूल्यांकित मूल्य उसके लागत मदों का, %1 वर्ष की अवधि में %2% प्रति वर्ष की छूट दर पर, शुद्ध वर्तमान मूल्य है। जब तक कोई मद अपने वर्ष न बताए, एकमुश्त लागतें वर्ष 0 में, आवर्ती लागतें वर्ष 1 से %1 तक प्रत्येक वर्ष में, और निकास लागतें वर्ष %1 में आती हैं। राशियाँ %3 में हैं, %4।</translation>
    </message>
    <message>
        <source>The tender announced that the financial score uses the quoted price. The lifecycle cost below, over a %1-year horizon at a discount rate of %2% a year, is for information and does not enter the scores. Amounts are in %3, %4.</source>
        <translation>निविदा में घोषित किया गया था कि वित्तीय स्कोर उद्धृत मूल्य पर आधारित है। नीचे दी गई जीवनचक्र लागत, %1 वर्ष की अवधि में %2% प्रति वर्ष की छूट दर पर, केवल सूचना हेतु है और स्कोर में शामिल नहीं होती। राशियाँ %3 में हैं, %4।</translation>
    </message>
    <message>
        <source>Quoted price and lifecycle cost (%1)</source>
        <translation>उद्धृत मूल्य और जीवनचक्र लागत (%1)</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>उद्धृत मूल्य</translation>
    </message>
    <message>
        <source>Lifecycle cost, total</source>
        <translation>जीवनचक्र लागत, कुल</translation>
    </message>
    <message>
        <source>Lifecycle cost, NPV</source>
        <translation>जीवनचक्र लागत, NPV</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>लॉक-इन</translation>
    </message>
    <message>
        <source>no cost lines</source>
        <translation>कोई लागत मद नहीं</translation>
    </message>
    <message>
        <source>%1 lakh</source>
        <translation>%1 लाख</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 मिलियन</translation>
    </message>
    <message>
        <source>Lifecycle cost (net present value) of the qualified bids, %1</source>
        <translation>योग्य बोलियों की जीवनचक्र लागत (शुद्ध वर्तमान मूल्य), %1</translation>
    </message>
    <message>
        <source>Lifecycle cost</source>
        <translation>जीवनचक्र लागत</translation>
    </message>
    <message>
        <source>Lock-in indicator, read from each bid&apos;s costs: the share of the lifecycle cost paid on exit and the share paid year after year. It is an indicator, not a score. %1</source>
        <translation>लॉक-इन संकेतक, प्रत्येक बोली की लागतों से निकाला गया: जीवनचक्र लागत का वह हिस्सा जो निकास पर चुकाया जाता है और वह हिस्सा जो हर वर्ष चुकाया जाता है। यह एक संकेतक है, स्कोर नहीं। %1</translation>
    </message>
    <message>
        <source>%1: %2. %3.</source>
        <translation>%1: %2। %3।</translation>
    </message>
    <message>
        <source>Cost lines of each bid</source>
        <translation>प्रत्येक बोली के लागत मद</translation>
    </message>
    <message>
        <source>As entered from the bids, in %1; recurring amounts are per year.</source>
        <translation>बोलियों से दर्ज रूप में, %1 में; आवर्ती राशियाँ प्रति वर्ष हैं।</translation>
    </message>
    <message>
        <source>Cost lines of %1</source>
        <translation>%1 के लागत मद</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>लागत का प्रकार</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Eligibility (pass/fail, checked before technical scoring):</source>
        <translation>पात्रता (उत्तीर्ण/अनुत्तीर्ण, तकनीकी स्कोरिंग से पहले जाँची गई):</translation>
    </message>
    <message>
        <source>Enterprise designations: %1.</source>
        <translation>उद्यम श्रेणियाँ: %1।</translation>
    </message>
    <message>
        <source>Preference: %1</source>
        <translation>वरीयता: %1</translation>
    </message>
    <message>
        <source>Certification of %1 (evidence, no marks by itself): %2</source>
        <translation>%1 का प्रमाणन (साक्ष्य, स्वयं में कोई अंक नहीं): %2</translation>
    </message>
    <message>
        <source>Lifecycle cost over a %1-year horizon at a discount rate of %2% a year (%3):</source>
        <translation>%1 वर्ष की अवधि में, %2% प्रति वर्ष की छूट दर पर जीवनचक्र लागत (%3):</translation>
    </message>
    <message>
        <source>Lifecycle total</source>
        <translation>जीवनचक्र कुल</translation>
    </message>
    <message>
        <source>Lifecycle NPV</source>
        <translation>जीवनचक्र NPV</translation>
    </message>
    <message>
        <source>Lock-in: from the exit costs&apos; and the recurring costs&apos; shares of the NPV. %1</source>
        <translation>लॉक-इन: NPV में निकास लागतों और आवर्ती लागतों के हिस्से के आधार पर। %1</translation>
    </message>
    <message>
        <source>needs the text fields &quot;text&quot; and &quot;source&quot;</source>
        <translation>इसमें पाठ फ़ील्ड &quot;text&quot; और &quot;source&quot; होने चाहिए</translation>
    </message>
    <message>
        <source>financial basis: quoted price; the lifecycle cost is for information and is not scored</source>
        <translation>वित्तीय आधार: उद्धृत मूल्य; जीवनचक्र लागत केवल सूचना हेतु है और उस पर अंक नहीं दिए जाते</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>अपात्र: %1</translation>
    </message>
    <message>
        <source>the question has no expected number</source>
        <translation>प्रश्न की कोई अपेक्षित संख्या नहीं है</translation>
    </message>
    <message>
        <source>no bid of the tender has the id &quot;%1&quot;</source>
        <translation>निविदा की किसी बोली की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>bid %1 has no cost lines, so no lifecycle cost</source>
        <translation>बोली %1 का कोई लागत मद नहीं है, अतः कोई जीवनचक्र लागत नहीं</translation>
    </message>
    <message>
        <source>the tender cannot be evaluated: %1</source>
        <translation>निविदा का मूल्यांकन नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>bid %1 has no %2 in this evaluation (%3)</source>
        <translation>इस मूल्यांकन में बोली %1 का कोई %2 नहीं है (%3)</translation>
    </message>
    <message>
        <source>list at least one term</source>
        <translation>कम से कम एक शब्द सूचीबद्ध करें</translation>
    </message>
    <message>
        <source>an empty term would match any text</source>
        <translation>खाली शब्द किसी भी पाठ से मेल खाएगा</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of quoted-price, lifecycle-cost</source>
        <translation>&quot;%1&quot; quoted-price, lifecycle-cost में से नहीं है</translation>
    </message>
    <message>
        <source>give either &quot;answer&quot; or &quot;answers&quot;, not both</source>
        <translation>&quot;answer&quot; या &quot;answers&quot; में से कोई एक दें, दोनों नहीं</translation>
    </message>
    <message>
        <source>give either &quot;answer&quot; or &quot;answerFrom&quot;, not both</source>
        <translation>&quot;answer&quot; या &quot;answerFrom&quot; में से कोई एक दें, दोनों नहीं</translation>
    </message>
    <message>
        <source>a number question needs &quot;answer&quot; or &quot;answerFrom&quot;</source>
        <translation>संख्या वाले प्रश्न के लिए &quot;answer&quot; या &quot;answerFrom&quot; चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of choice, consideration, number, justification</source>
        <translation>&quot;%1&quot; choice, consideration, number, justification में से नहीं है</translation>
    </message>
    <message>
        <source>%1 translated hints for %2 hints</source>
        <translation>%2 संकेतों के लिए %1 अनूदित संकेत</translation>
    </message>
    <message>
        <source>the tender file &quot;%1&quot; does not exist</source>
        <translation>निविदा फ़ाइल &quot;%1&quot; मौजूद नहीं है</translation>
    </message>
    <message>
        <source>(the tender of this case)</source>
        <translation>(इस केस की निविदा)</translation>
    </message>
    <message>
        <source>the tender &quot;%1&quot; has errors (listed with its name)</source>
        <translation>निविदा &quot;%1&quot; में त्रुटियाँ हैं (उसके नाम के साथ सूचीबद्ध)</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice (first at %2)</source>
        <translation>आईडी &quot;%1&quot; दो बार प्रयुक्त है (पहली बार %2 पर)</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>विकल्प-चयन वाले प्रश्न में कम से कम दो विकल्प होने चाहिए</translation>
    </message>
    <message>
        <source>list at least one right option</source>
        <translation>कम से कम एक सही विकल्प सूचीबद्ध करें</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is not among the options %2</source>
        <translation>विकल्प &quot;%1&quot; इन विकल्पों में नहीं है: %2</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is listed twice</source>
        <translation>विकल्प &quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>no goal has the id &quot;%1&quot; (goals: %2)</source>
        <translation>किसी लक्ष्य की आईडी &quot;%1&quot; नहीं है (लक्ष्य: %2)</translation>
    </message>
    <message>
        <source>cite at least one source for the explanation</source>
        <translation>व्याख्या के लिए कम से कम एक स्रोत उद्धृत करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source of sources.json</source>
        <translation>&quot;%1&quot; sources.json का कोई स्रोत नहीं है</translation>
    </message>
    <message>
        <source>points must be greater than zero</source>
        <translation>अंक शून्य से अधिक होने चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consideration of Table 3 (%2)</source>
        <translation>&quot;%1&quot; तालिका 3 का कोई विचारणीय बिंदु नहीं है (%2)</translation>
    </message>
    <message>
        <source>the tolerance must be zero or more</source>
        <translation>सहनसीमा शून्य या अधिक होनी चाहिए</translation>
    </message>
    <message>
        <source>give the concepts to mention, or a minimum number of words</source>
        <translation>उल्लेख की जाने वाली अवधारणाएँ दें, या शब्दों की न्यूनतम संख्या</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>शून्य या अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>a case needs at least one learning goal</source>
        <translation>किसी केस में सीखने का कम से कम एक लक्ष्य होना चाहिए</translation>
    </message>
    <message>
        <source>a case needs at least one step</source>
        <translation>किसी केस में कम से कम एक चरण होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an anchor of anchors.json</source>
        <translation>&quot;%1&quot; anchors.json का कोई एंकर नहीं है</translation>
    </message>
    <message>
        <source>no question has the id &quot;%1&quot;</source>
        <translation>किसी प्रश्न की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is already asked at %2</source>
        <translation>प्रश्न &quot;%1&quot; पहले ही %2 पर पूछा गया है</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is asked by no step (list it in a step&apos;s &quot;questions&quot;)</source>
        <translation>प्रश्न &quot;%1&quot; किसी भी चरण में नहीं पूछा गया (इसे किसी चरण के &quot;questions&quot; में सूचीबद्ध करें)</translation>
    </message>
    <message>
        <source>no question assesses the goal &quot;%1&quot;</source>
        <translation>कोई भी प्रश्न लक्ष्य &quot;%1&quot; का आकलन नहीं करता</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3%)</source>
        <translation>%2 में से %1 अंक (%3%)</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>पूर्णता प्रमाणपत्र</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>प्रमाणित किया जाता है कि</translation>
    </message>
    <message>
        <source>has completed the following cases of the training “%1” in Tulana:</source>
        <translation>ने Tulana में प्रशिक्षण “%1” के निम्नलिखित केस पूरे किए हैं:</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>समग्र: %1</translation>
    </message>
    <message>
        <source>Certificate identifier:</source>
        <translation>प्रमाणपत्र पहचानकर्ता:</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <source>- %1: %2, %3</source>
        <translation>- %1: %2, %3</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>दिनांक: %1</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>सही।</translation>
    </message>
    <message>
        <source>Not quite: the expected answer is %1.</source>
        <translation>पूरी तरह सही नहीं: अपेक्षित उत्तर %1 है।</translation>
    </message>
    <message>
        <source>Not quite: pick all of these and only these: %1.</source>
        <translation>पूरी तरह सही नहीं: ये सभी और केवल ये ही चुनें: %1।</translation>
    </message>
    <message>
        <source>This question cannot be graded: %1</source>
        <translation>इस प्रश्न को अंक नहीं दिए जा सकते: %1</translation>
    </message>
    <message>
        <source>(± %1)</source>
        <translation>(± %1)</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n word(s); write at least %1.</source>
        <translation>
            <numerusform>बहुत छोटा: %n शब्द; कम से कम %1 शब्द लिखें।</numerusform>
            <numerusform>बहुत छोटा: %n शब्द; कम से कम %1 शब्द लिखें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Your justification mentions every point the checklist looks for.</source>
        <translation>आपके औचित्य में वे सभी बिंदु हैं जिन्हें जाँच-सूची खोजती है।</translation>
    </message>
    <message>
        <source>Your justification does not mention: %1.</source>
        <translation>आपके औचित्य में इनका उल्लेख नहीं है: %1।</translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation>कोई उत्तर नहीं दिया गया।</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(पंक्ति %1)</translation>
    </message>
    <message>
        <source>the required field &quot;sources&quot; is missing</source>
        <translation>आवश्यक फ़ील्ड &quot;sources&quot; नहीं है</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>कुंजी &quot;%1&quot; दो बार प्रयुक्त है</translation>
    </message>
    <message>
        <source>the anchor &quot;%1&quot; is listed twice</source>
        <translation>एंकर &quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>the case &quot;%1&quot; is already listed at %2</source>
        <translation>केस &quot;%1&quot; पहले ही %2 पर सूचीबद्ध है</translation>
    </message>
    <message>
        <source>no case file &quot;%1&quot;</source>
        <translation>केस फ़ाइल &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>the case id &quot;%1&quot; is already used by %2</source>
        <translation>केस आईडी &quot;%1&quot; पहले ही %2 द्वारा प्रयुक्त है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (ISO 8601)</source>
        <translation>&quot;%1&quot; कोई तिथि और समय (ISO 8601) नहीं है</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>&quot;%1&quot; अपेक्षित था, &quot;%2&quot; मिला</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Tulana reads version %2)</source>
        <translation>संस्करण %1 समर्थित नहीं है (यह Tulana संस्करण %2 पढ़ता है)</translation>
    </message>
    <message>
        <source>the required field &quot;trainee&quot; is missing</source>
        <translation>आवश्यक फ़ील्ड &quot;trainee&quot; नहीं है</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>खाली नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and hyphens</source>
        <translation>&quot;%1&quot; मान्य आईडी नहीं है: छोटे (lower-case) अक्षरों, अंकों और हाइफ़न का उपयोग करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid option id: use letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;</source>
        <translation>&quot;%1&quot; मान्य विकल्प आईडी नहीं है: अक्षरों, अंकों, &quot;-&quot;, &quot;_&quot; और &quot;.&quot; का उपयोग करें</translation>
    </message>
    <message>
        <source>This case has no question &quot;%1&quot;.</source>
        <translation>इस केस में आईडी &quot;%1&quot; वाला कोई प्रश्न नहीं है।</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID अपेक्षित था</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>ISO 8601 तिथि और समय अपेक्षित था</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property xAPI allows here</source>
        <translation>&quot;%1&quot; ऐसा गुणधर्म नहीं है जिसकी xAPI यहाँ अनुमति देता है</translation>
    </message>
    <message>
        <source>expected an IRI, found %1</source>
        <translation>IRI अपेक्षित था, %1 मिला</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag</source>
        <translation>&quot;%1&quot; कोई भाषा टैग नहीं है</translation>
    </message>
    <message>
        <source>expected &quot;Agent&quot;</source>
        <translation>&quot;Agent&quot; अपेक्षित था</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>पाठ अपेक्षित था</translation>
    </message>
    <message>
        <source>an agent needs exactly one of mbox, mbox_sha1sum, openid, account (found %1)</source>
        <translation>agent में mbox, mbox_sha1sum, openid, account में से ठीक एक होना चाहिए (%1 मिले)</translation>
    </message>
    <message>
        <source>expected a &quot;mailto:&quot; address</source>
        <translation>&quot;mailto:&quot; पता अपेक्षित था</translation>
    </message>
    <message>
        <source>expected &quot;Activity&quot;</source>
        <translation>&quot;Activity&quot; अपेक्षित था</translation>
    </message>
    <message>
        <source>not an xAPI interaction type</source>
        <translation>xAPI का कोई अंतःक्रिया प्रकार (interaction type) नहीं</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true या false अपेक्षित था</translation>
    </message>
    <message>
        <source>expected an ISO 8601 duration</source>
        <translation>ISO 8601 समयावधि अपेक्षित थी</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>संख्या अपेक्षित थी</translation>
    </message>
    <message>
        <source>must be between -1 and 1</source>
        <translation>-1 और 1 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>min से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>must not be below min</source>
        <translation>min से कम नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>must not be above max</source>
        <translation>max से अधिक नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>the model answer has fewer than %1 words</source>
        <translation>आदर्श उत्तर में %1 से कम शब्द हैं</translation>
    </message>
    <message>
        <source>the model answer does not mention &quot;%1&quot; (none of its terms)</source>
        <translation>आदर्श उत्तर में &quot;%1&quot; का उल्लेख नहीं है (उसका कोई भी शब्द नहीं)</translation>
    </message>
    <message>
        <source>The financial proposals, cost lines included, of bids that did not qualify technically are not opened. The cost lines of the other bids are in the Annex.</source>
        <translation>तकनीकी रूप से योग्य न हुई बोलियों के वित्तीय प्रस्ताव, लागत मदों सहित, नहीं खोले जाते। अन्य बोलियों की लागत मदें अनुलग्नक में हैं।</translation>
    </message>
    <message>
        <source>  score FILE [--format F]        evaluate and print the ranking; F is table (default),
                                 json or csv
  score FILE --mse-preference    say which preference rule for micro and small
                                 enterprises or start-ups the tender&apos;s rulebook states
                                 (Tulana applies none; exit code 1)
</source>
        <translation>  score FILE [--format F]        मूल्यांकन कर रैंकिंग छापें; F है table (डिफ़ॉल्ट),
                                 json या csv
  score FILE --mse-preference    बताएँ कि निविदा की नियम-पुस्तिका सूक्ष्म और लघु उद्यमों
                                 या स्टार्ट-अप के लिए कौन-सा वरीयता नियम बताती है
                                 (Tulana कोई लागू नहीं करता; निकास कोड 1)
</translation>
    </message>
    <message>
        <source>  generate --bids N --criteria C --evaluators E [--seed S] [--out OUT]
                                 write a synthetic tender (for benchmarks and demos)
</source>
        <translation>  generate --bids N --criteria C --evaluators E [--seed S] [--out OUT]
                                 एक कृत्रिम निविदा लिखें (बेंचमार्क और प्रदर्शन के लिए)
</translation>
    </message>
    <message>
        <source>  openness RECORD [--format F]   assess an AI system&apos;s openness from a Model Openness
                                 Tool or Open Source AI Index YAML record: MOF class,
                                 outcomes, OSI definition, openwashing flags; F is
                                 table (default) or json
  openness RECORD --into FILE --bid ID [--claim C] [--out OUT]
                                 record it as the openness of bid ID in the tender and
                                 save it (to OUT, or FILE itself); C is what the bid
                                 calls the system: open-source, open or not-stated
</source>
        <translation>  openness RECORD [--format F]   Model Openness Tool या Open Source AI Index के YAML
                                 अभिलेख से एआई प्रणाली के खुलेपन का आकलन: MOF वर्ग,
                                 परिणाम, OSI परिभाषा, ओपनवॉशिंग संकेत; F है
                                 table (डिफ़ॉल्ट) या json
  openness RECORD --into FILE --bid ID [--claim C] [--out OUT]
                                 इसे निविदा में बोली ID के खुलेपन के रूप में दर्ज कर
                                 सहेजें (OUT में, या FILE में ही); C वह है जो बोली
                                 प्रणाली को कहती है: open-source, open या not-stated
</translation>
    </message>
    <message>
        <source>  memo FILE --out OUT [--date YYYY-MM-DD] [--language en|hi]
                                 write the decision memo (office note) as PDF, ODT,
                                 HTML or Markdown, by OUT&apos;s extension, in English or
                                 Hindi (default: the locale&apos;s language); refused while
                                 a departure from the open-source option lacks its
                                 justification
</source>
        <translation>  memo FILE --out OUT [--date YYYY-MM-DD] [--language en|hi]
                                 निर्णय ज्ञापन (कार्यालय टिप्पणी) PDF, ODT, HTML या
                                 Markdown में, OUT के एक्सटेंशन के अनुसार, अंग्रेज़ी या
                                 हिन्दी में (डिफ़ॉल्ट: लोकेल की भाषा); खुला स्रोत विकल्प
                                 से विचलन का औचित्य न होने तक अस्वीकार
</translation>
    </message>
    <message>
        <source>Options:
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 success, 1 invalid input (messages on stderr), 2 usage error.
</source>
        <translation>विकल्प:
  -h, --help                     यह सहायता दिखाएँ
  -v, --version                  संस्करण दिखाएँ

निकास कोड: 0 सफल, 1 अमान्य इनपुट (संदेश stderr पर), 2 उपयोग त्रुटि।
</translation>
    </message>
    <message>
        <source>Usage: tulana-cli COMMAND [OPTIONS]

Evaluate AI-system tenders (QCBS, L1/LCS, QBS, FBS) kept in .tulana files.

Commands:
</source>
        <translation>उपयोग: tulana-cli COMMAND [OPTIONS]

.tulana फ़ाइलों में रखी एआई-प्रणाली निविदाओं (QCBS, L1/LCS, QBS, FBS) का मूल्यांकन।

कमांड:
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>उपयोग:
</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 या %2</translation>
    </message>
    <message>
        <source>Had %1 qualified, %2 would rank above %3 among the other bids whatever its price: %4. The disqualification decides between two other bids; the financial proposal stays unopened.</source>
        <translation>यदि %1 योग्य होती, तो उसका मूल्य चाहे जो हो, अन्य बोलियों में %2 की रैंक %3 से ऊपर होती: %4। यह अयोग्यता दो अन्य बोलियों के बीच निर्णय करती है; वित्तीय प्रस्ताव बिना खोले रहता है।</translation>
    </message>
    <message>
        <source>Had %1 qualified, any evaluated price below %2 (the lowest opened price is %3) would have made %4 rank above %5 among the other bids. The disqualification decides between two other bids; the financial proposal stays unopened, and this threshold is worked out from the opened bids only.</source>
        <translation>यदि %1 योग्य होती, तो %2 से कम कोई भी मूल्यांकित मूल्य (खोला गया न्यूनतम मूल्य %3 है) अन्य बोलियों में %4 की रैंक %5 से ऊपर कर देता। यह अयोग्यता दो अन्य बोलियों के बीच निर्णय करती है; वित्तीय प्रस्ताव बिना खोले रहता है, और यह सीमा केवल खोली गई बोलियों से निकाली गई है।</translation>
    </message>
    <message>
        <source>Had %1 qualified, any evaluated price above %2 (the highest opened price is %3, an end of the linear price scale) would have made %4 rank above %5 among the other bids. The disqualification decides between two other bids; the financial proposal stays unopened, and this threshold is worked out from the opened bids only.</source>
        <translation>यदि %1 योग्य होती, तो %2 से अधिक कोई भी मूल्यांकित मूल्य (खोला गया उच्चतम मूल्य %3 है, जो रैखिक मूल्य पैमाने का एक छोर है) अन्य बोलियों में %4 की रैंक %5 से ऊपर कर देता। यह अयोग्यता दो अन्य बोलियों के बीच निर्णय करती है; वित्तीय प्रस्ताव बिना खोले रहता है, और यह सीमा केवल खोली गई बोलियों से निकाली गई है।</translation>
    </message>
    <message>
        <source>Had %1 qualified, any evaluated price above %2 would have made %3 rank above %4 among the other bids: %5. The disqualification decides between two other bids; the financial proposal stays unopened, and this threshold is worked out from the opened bids only.</source>
        <translation>यदि %1 योग्य होती, तो %2 से अधिक कोई भी मूल्यांकित मूल्य अन्य बोलियों में %3 की रैंक %4 से ऊपर कर देता: %5। यह अयोग्यता दो अन्य बोलियों के बीच निर्णय करती है; वित्तीय प्रस्ताव बिना खोले रहता है, और यह सीमा केवल खोली गई बोलियों से निकाली गई है।</translation>
    </message>
    <message>
        <source>Had %1 qualified, %2 would rank above %3 among the other bids at some evaluated prices: %4. The disqualification decides between two other bids; the financial proposal stays unopened.</source>
        <translation>यदि %1 योग्य होती, तो कुछ मूल्यांकित मूल्यों पर अन्य बोलियों में %2 की रैंक %3 से ऊपर होती: %4। यह अयोग्यता दो अन्य बोलियों के बीच निर्णय करती है; वित्तीय प्रस्ताव बिना खोले रहता है।</translation>
    </message>
    <message>
        <source>%1&apos;s mark from %2 for %3</source>
        <translation>%3 के लिए %2 द्वारा %1 को दिए अंक</translation>
    </message>
    <message>
        <source>%1&apos;s marks for %2</source>
        <translation>%2 के लिए %1 के अंक</translation>
    </message>
    <message>
        <source>%1&apos;s price</source>
        <translation>%1 का मूल्य</translation>
    </message>
    <message>
        <source>%1&apos;s tax</source>
        <translation>%1 का कर</translation>
    </message>
    <message>
        <source>%1&apos;s nature</source>
        <translation>%1 की प्रकृति</translation>
    </message>
    <message>
        <source>%1&apos;s status</source>
        <translation>%1 की स्थिति</translation>
    </message>
    <message>
        <source>%1&apos;s cost line %2</source>
        <translation>%1 की लागत पंक्ति %2</translation>
    </message>
    <message>
        <source>%1&apos;s cost lines</source>
        <translation>%1 की लागत पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1&apos;s finding on %2</source>
        <translation>%2 पर %1 का निष्कर्ष</translation>
    </message>
    <message>
        <source>%1&apos;s eligibility</source>
        <translation>%1 की पात्रता</translation>
    </message>
    <message>
        <source>%1&apos;s openness record</source>
        <translation>%1 का खुलेपन का अभिलेख</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>बोली %1</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>मानदंड %1</translation>
    </message>
    <message>
        <source>evaluator %1</source>
        <translation>मूल्यांकनकर्ता %1</translation>
    </message>
    <message>
        <source>eligibility criterion %1</source>
        <translation>पात्रता मानदंड %1</translation>
    </message>
    <message>
        <source>Evaluation options</source>
        <translation>मूल्यांकन विकल्प</translation>
    </message>
    <message>
        <source>Lifecycle terms</source>
        <translation>जीवनचक्र शर्तें</translation>
    </message>
    <message>
        <source>Selected bid</source>
        <translation>चयनित बोली</translation>
    </message>
    <message>
        <source>Adopt %1: it ties with %2 in the evaluation (the tie-break rule alone put %2 first), so the options are equivalent and openness is prioritised. The context is not yet recorded: answer the considerations of Table 3 before deciding. Selecting it departs from the evaluation, and that needs its own reason.</source>
        <translation>%1 को अपनाएँ: मूल्यांकन में यह %2 के बराबर है (केवल टाई-ब्रेक नियम ने %2 को प्रथम रखा), अतः विकल्प समतुल्य हैं और खुलेपन को प्राथमिकता दी जाती है। संदर्भ अभी दर्ज नहीं किया गया है: निर्णय से पहले तालिका 3 के विचारणीय बिंदुओं के उत्तर दें। इसका चयन मूल्यांकन से विचलन है, और उसके लिए अलग कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 ranks above the open-source bid %2 in the evaluation, but the context is not yet recorded: answer the considerations of Table 3 before deciding. Selecting %1 departs from the open-source option, which must be justified.</source>
        <translation>मूल्यांकन में %1 खुला स्रोत बोली %2 से ऊपर है, परंतु संदर्भ अभी दर्ज नहीं किया गया है: निर्णय से पहले तालिका 3 के विचारणीय बिंदुओं के उत्तर दें। %1 का चयन खुला स्रोत विकल्प से विचलन है, जिसका औचित्य देना आवश्यक है।</translation>
    </message>
    <message>
        <source>Technical weight</source>
        <translation>तकनीकी भारांक</translation>
    </message>
    <message>
        <source>Financial weight</source>
        <translation>वित्तीय भारांक</translation>
    </message>
    <message>
        <source>Minimum technical score</source>
        <translation>न्यूनतम तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation>चयन पद्धति</translation>
    </message>
    <message>
        <source>Price formula</source>
        <translation>मूल्य सूत्र</translation>
    </message>
    <message>
        <source>Technical score basis</source>
        <translation>तकनीकी स्कोर का आधार</translation>
    </message>
    <message>
        <source>the financial proposal of bid %1 is not opened, so its lifecycle cost is not worked out</source>
        <translation>बोली %1 का वित्तीय प्रस्ताव खोला नहीं गया है, इसलिए उसकी जीवनचक्र लागत नहीं निकाली गई</translation>
    </message>
    <message>
        <source>partly released, without a licence</source>
        <translation>आंशिक रूप से जारी, बिना लाइसेंस के</translation>
    </message>
    <message>
        <source>released, with no licence stated</source>
        <translation>जारी, पर कोई लाइसेंस नहीं बताया गया</translation>
    </message>
    <message>
        <source>partly released, with no licence stated</source>
        <translation>आंशिक रूप से जारी, पर कोई लाइसेंस नहीं बताया गया</translation>
    </message>
    <message>
        <source>released under terms Tulana does not recognise</source>
        <translation>ऐसी शर्तों पर जारी जिन्हें Tulana नहीं पहचानता</translation>
    </message>
    <message>
        <source>partly released, under terms Tulana does not recognise</source>
        <translation>आंशिक रूप से जारी, ऐसी शर्तों पर जिन्हें Tulana नहीं पहचानता</translation>
    </message>
    <message>
        <source>released under restrictive terms</source>
        <translation>प्रतिबंधात्मक शर्तों पर जारी</translation>
    </message>
    <message>
        <source>partly released, under restrictive terms</source>
        <translation>आंशिक रूप से जारी, प्रतिबंधात्मक शर्तों पर</translation>
    </message>
    <message>
        <source>released under a software licence, which is no evidence of open data</source>
        <translation>सॉफ़्टवेयर लाइसेंस पर जारी, जो खुले डेटा का प्रमाण नहीं है</translation>
    </message>
    <message>
        <source>partly released, under a software licence, which is no evidence of open data</source>
        <translation>आंशिक रूप से जारी, सॉफ़्टवेयर लाइसेंस पर, जो खुले डेटा का प्रमाण नहीं है</translation>
    </message>
    <message>
        <source>Not addressed: the choice departs from the open-source option and the justification gives no reason here.</source>
        <translation>संबोधित नहीं: चयन खुला स्रोत विकल्प से विचलन है और औचित्य में यहाँ कोई कारण नहीं दिया गया।</translation>
    </message>
    <message>
        <source>No reason needed: the choice does not depart from the open-source option.</source>
        <translation>कारण आवश्यक नहीं: चयन खुला स्रोत विकल्प से विचलन नहीं है।</translation>
    </message>
    <message>
        <source>No reasoning recorded.</source>
        <translation>कोई तर्क दर्ज नहीं।</translation>
    </message>
    <message>
        <source>the tax, %1, is more than half the price, %2: check that it is the tax alone, not the price with tax</source>
        <translation>कर, %1, मूल्य %2 के आधे से अधिक है: जाँचें कि यह केवल कर है, कर सहित मूल्य नहीं</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>न सहेजें(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>लागू करें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>पुनः स्थापित करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>%1 was made from this tender before these edits, which changed the evaluation (undo them to return to it):

%2</source>
        <translation>%1 इसी निविदा से इन संपादनों से पहले बना था, जिन्होंने मूल्यांकन बदला (उस स्थिति पर लौटने के लिए इन्हें पूर्ववत करें):

%2</translation>
    </message>
    <message>
        <source>%1 does not match this tender: it was made from another tender, or from this one before edits no longer in this session&apos;s undo history.

memo:   %2
tender: %3</source>
        <translation>%1 इस निविदा से मेल नहीं खाता: यह किसी अन्य निविदा से बना था, या इसी से उन संपादनों से पहले जो अब इस सत्र के पूर्ववत इतिहास में नहीं हैं।

ज्ञापन: %2
निविदा: %3</translation>
    </message>
    <message>
        <source>No fingerprint could be read from %1: %2</source>
        <translation>%1 से कोई फ़िंगरप्रिंट पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The evaluation committee: %1. Each member&apos;s marks for each criterion are recorded, and the committee&apos;s mark is their average. This record does not show whether the members marked independently of one another.</source>
        <translation>मूल्यांकन समिति: %1। प्रत्येक मानदंड पर प्रत्येक सदस्य के अंक दर्ज हैं, और समिति का अंक उनका औसत है। यह अभिलेख यह नहीं दिखाता कि सदस्यों ने एक-दूसरे से स्वतंत्र रूप से अंक दिए या नहीं।</translation>
    </message>
    <message>
        <source>  training list [PACK]           list the cases of a training pack (default: the
                                 bundled one): id, minutes, goals, questions, title
  training check PACK|CASE.json  check a training pack (a directory with pack.json) or
                                 one case; list every problem with its file and place
  training verify-certificate RESULTS (CERTIFICATE.pdf | --id ID --date YYYY-MM-DD)
                                 check that a certificate was made from the results file
                                 RESULTS (not who the trainee is: it is no signature)
</source>
        <translation>  training list [PACK]           प्रशिक्षण पैक के केस सूचीबद्ध करें (डिफ़ॉल्ट: साथ में
                                 दिया गया पैक): आईडी, मिनट, लक्ष्य, प्रश्न, शीर्षक
  training check PACK|CASE.json  प्रशिक्षण पैक (pack.json वाली निर्देशिका) या एक केस
                                 की जाँच; हर समस्या उसकी फ़ाइल और स्थान के साथ सूचीबद्ध
  training verify-certificate RESULTS (CERTIFICATE.pdf | --id ID --date YYYY-MM-DD)
                                 जाँचें कि प्रमाणपत्र परिणाम फ़ाइल RESULTS से बना था
                                 (प्रशिक्षु कौन है, यह नहीं: यह हस्ताक्षर नहीं है)
</translation>
    </message>
    <message>
        <source>training verify-certificate takes RESULTS and either CERTIFICATE.pdf or --id ID --date YYYY-MM-DD</source>
        <translation>training verify-certificate को RESULTS और साथ में CERTIFICATE.pdf या --id ID --date YYYY-MM-DD चाहिए</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>त्रुटि: %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; YYYY-MM-DD रूप में लिखी तिथि नहीं है</translation>
    </message>
    <message>
        <source>error: the certificate %1 (issued %2) does not match %3: the results file is not the one the certificate was made from, or one of the two was changed (expected %4)</source>
        <translation>त्रुटि: प्रमाणपत्र %1 (जारी %2) %3 से मेल नहीं खाता: परिणाम फ़ाइल वह नहीं है जिससे प्रमाणपत्र बना था, या दोनों में से एक बदली गई है (अपेक्षित %4)</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 matches %2: %3, %n completed case(s), issued %4.</source>
        <translation>
            <numerusform>प्रमाणपत्र %1 %2 से मेल खाता है: %3, %n पूरा किया गया मामला, जारी %4।</numerusform>
            <numerusform>प्रमाणपत्र %1 %2 से मेल खाता है: %3, %n पूरे किए गए मामले, जारी %4।</numerusform>
        </translation>
    </message>
    <message>
        <source>No pass mark was announced.</source>
        <translation>कोई उत्तीर्ण अंक घोषित नहीं किया गया था।</translation>
    </message>
    <message>
        <source>Passed the pass mark of %1%.</source>
        <translation>%1% का उत्तीर्ण अंक प्राप्त किया।</translation>
    </message>
    <message>
        <source>Did not reach the pass mark of %1%.</source>
        <translation>%1% का उत्तीर्ण अंक प्राप्त नहीं हुआ।</translation>
    </message>
    <message>
        <source>This shows that the certificate and the results file agree; it does not show who the trainee is.</source>
        <translation>इससे पता चलता है कि प्रमाणपत्र और परिणाम फ़ाइल आपस में मेल खाते हैं; इससे यह पता नहीं चलता कि प्रशिक्षु कौन है।</translation>
    </message>
    <message>
        <source>training needs a subcommand: list, check or verify-certificate</source>
        <translation>training के साथ एक उप-आदेश चाहिए: list, check या verify-certificate</translation>
    </message>
    <message>
        <source>unknown training subcommand &quot;%1&quot; (list, check or verify-certificate)</source>
        <translation>अज्ञात training उप-आदेश &quot;%1&quot; (list, check या verify-certificate)</translation>
    </message>
    <message>
        <source>How the winner is chosen, as announced in the tender. QCBS combines the technical and the financial score by their weights; L1 takes the lowest evaluated price among technically qualified bids; QBS takes the highest technical score, and only the winner&apos;s financial proposal is opened; FBS takes the highest technical score among the bids whose evaluated price is within the budget.</source>
        <translation>विजेता का चयन कैसे होगा, जैसा निविदा में घोषित है। QCBS तकनीकी और वित्तीय स्कोर को उनके भारांक के अनुसार जोड़ता है; L1 तकनीकी रूप से योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य चुनता है; QBS उच्चतम तकनीकी स्कोर चुनता है, और केवल विजेता का वित्तीय प्रस्ताव खोला जाता है; FBS उन बोलियों में उच्चतम तकनीकी स्कोर चुनता है जिनका मूल्यांकित मूल्य बजट के भीतर है।</translation>
    </message>
    <message>
        <source>The procurement rules the tender follows. Tulana checks the method, the weights, the minimum score and the options against the rulebook&apos;s limits and shows each limit, with its source, under the field it concerns. A limit breached as an error stops the evaluation.</source>
        <translation>वे प्रापण नियम जिनका निविदा पालन करती है। Tulana पद्धति, भारांक, न्यूनतम स्कोर और विकल्पों की जाँच नियम-पुस्तिका की सीमाओं से करता है और प्रत्येक सीमा, उसके स्रोत सहित, संबंधित फ़ील्ड के नीचे दिखाता है। त्रुटि के रूप में किसी सीमा का उल्लंघन मूल्यांकन रोक देता है।</translation>
    </message>
    <message>
        <source>QCBS only: the share of the combined score that comes from the technical score (S = St × Tw + Sf × Fw). The financial weight is the rest of 100%. It is announced in the tender, before any bid is opened.</source>
        <translation>केवल QCBS: संयुक्त स्कोर का वह भाग जो तकनीकी स्कोर से आता है (S = St × Tw + Sf × Fw)। वित्तीय भारांक 100% का शेष भाग है। इसे निविदा में, किसी भी बोली के खोले जाने से पहले, घोषित किया जाता है।</translation>
    </message>
    <message>
        <source>QCBS only: the share of the combined score that comes from the financial score; always 100% less the technical weight.</source>
        <translation>केवल QCBS: संयुक्त स्कोर का वह भाग जो वित्तीय स्कोर से आता है; यह सदैव 100% में से तकनीकी भारांक घटाकर होता है।</translation>
    </message>
    <message>
        <source>A bid whose technical score (out of 100) is below this minimum is not qualified: it is not ranked and its financial proposal is not opened (two-envelope rule). A score exactly at the minimum qualifies.</source>
        <translation>जिस बोली का तकनीकी स्कोर (100 में से) इस न्यूनतम से कम है, वह योग्य नहीं है: उसे रैंक नहीं मिलता और उसका वित्तीय प्रस्ताव नहीं खोला जाता (दो-लिफ़ाफ़ा नियम)। ठीक न्यूनतम के बराबर स्कोर योग्य है।</translation>
    </message>
    <message>
        <source>FBS only: the fixed budget. A bid whose evaluated price is above it is not considered; the highest technical score among the others wins.</source>
        <translation>केवल FBS: नियत बजट। जिस बोली का मूल्यांकित मूल्य इससे अधिक है, उस पर विचार नहीं होता; शेष बोलियों में उच्चतम तकनीकी स्कोर वाली बोली जीतती है।</translation>
    </message>
    <message>
        <source>QCBS: the technical score that enters the combined score. &quot;As marked&quot; uses T; &quot;normalised&quot; uses Tn = 100 × T / Tmax, which gives the best technical bid 100. Whether a bid qualifies is always judged on T.</source>
        <translation>QCBS: संयुक्त स्कोर में प्रयुक्त होने वाला तकनीकी स्कोर। &quot;दिए गए अंकों के अनुसार&quot; T का उपयोग करता है; &quot;सामान्यीकृत&quot; Tn = 100 × T / Tmax का, जिससे सर्वश्रेष्ठ तकनीकी बोली को 100 मिलते हैं। बोली योग्य है या नहीं, यह सदैव T से आँका जाता है।</translation>
    </message>
    <message>
        <source>QCBS: how the financial score Sf follows from the evaluated price F. The usual formula is Sf = 100 × Fm / F, Fm being the lowest evaluated price among qualified bids; the linear scale gives 100 to the lowest price and 0 to the highest.</source>
        <translation>QCBS: मूल्यांकित मूल्य F से वित्तीय स्कोर Sf कैसे निकलता है। सामान्य सूत्र Sf = 100 × Fm / F है, जहाँ Fm योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य है; रैखिक पैमाना न्यूनतम मूल्य को 100 और उच्चतम को 0 देता है।</translation>
    </message>
    <message>
        <source>How many decimals each score keeps. Scores are rounded half away from zero, and ties are judged on the rounded scores.</source>
        <translation>प्रत्येक स्कोर में कितने दशमलव स्थान रखे जाएँ। स्कोर शून्य से दूर की ओर आधे पर पूर्णांकित होते हैं, और बराबरी पूर्णांकित स्कोर पर आँकी जाती है।</translation>
    </message>
    <message>
        <source>Round each score as it is computed (the technical, financial and combined scores, later steps using the rounded values, as when working by hand), or keep full precision and round only the combined score.</source>
        <translation>प्रत्येक स्कोर को गणना के साथ ही पूर्णांकित करें (तकनीकी, वित्तीय और संयुक्त स्कोर; आगे के चरण पूर्णांकित मानों का उपयोग करते हैं, जैसे हाथ से गणना में), या पूरी परिशुद्धता रखकर केवल संयुक्त स्कोर को पूर्णांकित करें।</translation>
    </message>
    <message>
        <source>What decides between bids with the same score: the higher technical score first, or the lower evaluated price first. When the rule cannot separate the top bids either, there is no award and the committee decides as the tender provides.</source>
        <translation>समान स्कोर वाली बोलियों के बीच निर्णय किससे होगा: पहले उच्चतर तकनीकी स्कोर, या पहले न्यूनतर मूल्यांकित मूल्य। जब यह नियम भी शीर्ष बोलियों को अलग न कर सके, तो कोई अधिनिर्णय नहीं होता और समिति निविदा के प्रावधान के अनुसार निर्णय लेती है।</translation>
    </message>
    <message>
        <source>On: the evaluated price is the quoted price plus taxes (GST), the ultimate cost to the buyer. Off: the quoted price alone. Cost lines on the Costs page are on the same basis.</source>
        <translation>चुना हो: मूल्यांकित मूल्य उद्धृत मूल्य और कर (GST) का योग है, अर्थात क्रेता की अंतिम लागत। न चुना हो: केवल उद्धृत मूल्य। लागतें पृष्ठ के लागत मद भी इसी आधार पर होते हैं।</translation>
    </message>
    <message>
        <source>The members of the evaluation committee. Each member marks every bid on the Marks page; the evaluation uses the committee&apos;s average.</source>
        <translation>मूल्यांकन समिति के सदस्य। प्रत्येक सदस्य अंक पृष्ठ पर हर बोली को अंक देता है; मूल्यांकन समिति के औसत का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The technical criteria, with weights in points of 100. The top-level weights add up to 100 (less the openness marks when the tender announces them); the criteria of a group share the group&apos;s weight. A criterion gives weight × average marks / maximum marks.</source>
        <translation>तकनीकी मानदंड, 100 में से अंकों के रूप में भारांक सहित। शीर्ष स्तर के भारांकों का योग 100 होता है (निविदा खुलेपन के अंक घोषित करे तो उतना कम); किसी समूह के मानदंड समूह के भारांक को आपस में बाँटते हैं। किसी मानदंड का योगदान भारांक × औसत अंक / अधिकतम अंक है।</translation>
    </message>
    <message>
        <source>The points this criterion or group is worth in the 100-point technical score.</source>
        <translation>100 अंकों के तकनीकी स्कोर में इस मानदंड या समूह के अंक।</translation>
    </message>
    <message>
        <source>The highest mark an evaluator can give on this criterion, for example 10. The committee&apos;s average is scaled to the weight: weight × average / maximum.</source>
        <translation>इस मानदंड पर मूल्यांकनकर्ता द्वारा दिए जा सकने वाले अधिकतम अंक, जैसे 10। समिति के औसत को भारांक के अनुपात में बदला जाता है: भारांक × औसत / अधिकतम।</translation>
    </message>
    <message>
        <source>A minimum mark for this criterion: a bid whose committee average is below it is disqualified, whatever its technical score.</source>
        <translation>इस मानदंड के न्यूनतम अंक: जिस बोली का समिति औसत इससे कम है, वह अयोग्य हो जाती है, भले उसका तकनीकी स्कोर कुछ भी हो।</translation>
    </message>
    <message>
        <source>One row per bid received. The nature (open source, proprietary or mixed) decides which bids are open-source options on the Decision page. The price is the quoted price without taxes, the tax the taxes on it. A non-responsive or withdrawn bid needs a reason and is not scored. A price stays sealed in the evaluation until its bid is technically qualified (two-envelope rule).</source>
        <translation>प्राप्त प्रत्येक बोली की एक पंक्ति। प्रकृति (खुला स्रोत, स्वामित्व वाली या मिश्रित) से तय होता है कि निर्णय पृष्ठ पर कौन-सी बोलियाँ खुला स्रोत विकल्प हैं। मूल्य करों के बिना उद्धृत मूल्य है, कर उस पर लगने वाले कर। जो बोली अनुक्रियाशील नहीं है या वापस ली गई है, उसके लिए कारण आवश्यक है और उस पर स्कोर नहीं दिया जाता। मूल्यांकन में किसी बोली का मूल्य तब तक मुहरबंद रहता है जब तक बोली तकनीकी रूप से योग्य न हो जाए (दो-लिफ़ाफ़ा नियम)।</translation>
    </message>
    <message>
        <source>Pass/fail criteria announced in the tender, checked before technical scoring. &quot;Pilot accepted&quot; and &quot;Audit accepted&quot; let a pilot deployment or a third-party audit stand in for the requirement; only what the tender announces counts.</source>
        <translation>निविदा में घोषित उत्तीर्ण/अनुत्तीर्ण मानदंड, जिनकी जाँच तकनीकी अंकन से पहले होती है। &quot;पायलट स्वीकार्य&quot; और &quot;लेखा-परीक्षा स्वीकार्य&quot; से पायलट परिनियोजन या तृतीय-पक्ष लेखा-परीक्षा को अपेक्षा के स्थान पर माना जा सकता है; केवल वही मान्य है जो निविदा में घोषित है।</translation>
    </message>
    <message>
        <source>The committee&apos;s finding on each eligibility criterion for the bid chosen above: met or not, how, and the evidence seen. A bid that fails a criterion is not scored; a bid with a criterion not yet assessed cannot be scored yet.</source>
        <translation>ऊपर चुनी गई बोली के लिए प्रत्येक पात्रता मानदंड पर समिति का निष्कर्ष: पूरा हुआ या नहीं, किस आधार पर, और देखा गया साक्ष्य। किसी मानदंड में अनुत्तीर्ण बोली पर स्कोर नहीं दिया जाता; जिस बोली के किसी मानदंड का आकलन अभी नहीं हुआ, उसका स्कोर अभी नहीं निकल सकता।</translation>
    </message>
    <message>
        <source>The bidder&apos;s declared designation (micro or small enterprise, start-up...), recorded for the file. It changes no score: Tulana applies no preference.</source>
        <translation>बोलीदाता की घोषित उद्यम श्रेणी (सूक्ष्म या लघु उद्यम, स्टार्ट-अप...), अभिलेख के लिए दर्ज। इससे कोई स्कोर नहीं बदलता: Tulana कोई वरीयता लागू नहीं करता।</translation>
    </message>
    <message>
        <source>The price the financial score is computed on: the quoted price (with or without taxes, as the Tender page says), or each bid&apos;s lifecycle cost, the net present value of its cost lines over the horizon. Announced in the tender.</source>
        <translation>वह मूल्य जिस पर वित्तीय स्कोर की गणना होती है: उद्धृत मूल्य (करों सहित या रहित, जैसा निविदा पृष्ठ पर है), या प्रत्येक बोली की जीवनचक्र लागत, अर्थात अवधि के दौरान उसके लागत मदों का शुद्ध वर्तमान मूल्य। निविदा में घोषित।</translation>
    </message>
    <message>
        <source>The years after year 0 (signature or go-live) that the lifecycle cost covers. A recurring cost falls in each year from 1 to the horizon, an exit cost in the last year.</source>
        <translation>वर्ष 0 (अनुबंध-हस्ताक्षर या प्रणाली चालू होने) के बाद के वे वर्ष जिन्हें जीवनचक्र लागत में गिना जाता है। आवर्ती लागत वर्ष 1 से अवधि तक हर वर्ष, और निकास लागत अंतिम वर्ष में पड़ती है।</translation>
    </message>
    <message>
        <source>The rate r, in percent a year, at which later costs are discounted: a cost in year t counts as cost / (1 + r/100)^t. Year 0 is not discounted.</source>
        <translation>दर r, प्रतिशत प्रति वर्ष, जिससे बाद के वर्षों की लागत पर छूट लगती है: वर्ष t की लागत को लागत / (1 + r/100)^t के रूप में गिना जाता है। वर्ष 0 पर छूट नहीं लगती।</translation>
    </message>
    <message>
        <source>The lock-in indicator, an indication and not a score: medium or high when exit costs (from 10% and 25%) or recurring costs (from 50% and 75%) are a large share of the net present value. It bears on Table 3&apos;s maintenance requirements and resource constraints.</source>
        <translation>विक्रेता-बंधन (लॉक-इन) का संकेतक, जो एक संकेत है, स्कोर नहीं: यह मध्यम या उच्च होता है जब निकास लागतें (10% और 25% से) या आवर्ती लागतें (50% और 75% से) शुद्ध वर्तमान मूल्य का बड़ा भाग हों। यह तालिका 3 की रखरखाव संबंधी आवश्यकताओं और संसाधनों की सीमाओं से जुड़ा है।</translation>
    </message>
    <message>
        <source>The bids&apos; cost lines side by side, with the quoted price, the lifecycle cost and its net present value. A bid whose financial proposal is not opened shows &quot;not opened&quot; instead of its figures (two-envelope rule).</source>
        <translation>बोलियों के लागत मद साथ-साथ, उद्धृत मूल्य, जीवनचक्र लागत और उसके शुद्ध वर्तमान मूल्य सहित। जिस बोली का वित्तीय प्रस्ताव नहीं खुला, उसके आँकड़ों के स्थान पर &quot;खोला नहीं गया&quot; दिखता है (दो-लिफ़ाफ़ा नियम)।</translation>
    </message>
    <message>
        <source>Whose marks the sheet shows: a member of the committee, to enter that member&apos;s marks, or the committee&apos;s average, which the evaluation uses.</source>
        <translation>तालिका किसके अंक दिखाती है: समिति का कोई सदस्य, उस सदस्य के अंक दर्ज करने के लिए, या समिति का औसत, जिसका उपयोग मूल्यांकन करता है।</translation>
    </message>
    <message>
        <source>One row per bid, one column per marked criterion, with its maximum in the heading. Type a mark to enter it; an empty cell is not marked yet, and a bid with a mark missing cannot be scored yet.</source>
        <translation>प्रत्येक बोली की एक पंक्ति, प्रत्येक अंकित मानदंड का एक कॉलम, शीर्षक में उसके अधिकतम अंक सहित। अंक दर्ज करने के लिए उसे टाइप करें; खाली सेल का अर्थ है कि अभी अंक नहीं दिए गए, और जिस बोली का कोई अंक बाकी है, उसका स्कोर अभी नहीं निकल सकता।</translation>
    </message>
    <message>
        <source>The bids in rank order with their scores, evaluated price and standing. Select a number to see how it was worked out. An empty price means the bid&apos;s financial proposal is not opened, as the bid is not technically qualified (two-envelope rule). A rank marked * was decided by the tie-break rule.</source>
        <translation>रैंक के क्रम में बोलियाँ, उनके स्कोर, मूल्यांकित मूल्य और स्थिति सहित। कोई संख्या चुनकर देखें कि उसकी गणना कैसे हुई। खाली मूल्य का अर्थ है कि बोली का वित्तीय प्रस्ताव नहीं खोला गया, क्योंकि बोली तकनीकी रूप से योग्य नहीं है (दो-लिफ़ाफ़ा नियम)। * वाला रैंक टाई-ब्रेक नियम से तय हुआ है।</translation>
    </message>
    <message>
        <source>How the selected number was worked out: the formula, the working with the numbers, each input with its place in the tender, and the rounding.</source>
        <translation>चुनी गई संख्या की गणना कैसे हुई: सूत्र, संख्याओं सहित गणना, निविदा में अपने स्थान सहित प्रत्येक इनपुट, और पूर्णांकन।</translation>
    </message>
    <message>
        <source>Warnings about the award. A rank reversal: withdrawing a losing bid, or admitting one that was set aside, would change which of the others wins. For a bid set aside the warning gives the price at which it would matter, without opening its price. Notes on a tie-break or on no award appear here too.</source>
        <translation>अधिनिर्णय के बारे में चेतावनियाँ। रैंक उलटना: किसी हारने वाली बोली को हटाने, या अलग रखी गई बोली को शामिल करने से शेष बोलियों में विजेता बदल जाता। अलग रखी गई बोली के लिए चेतावनी वह मूल्य बताती है जिस पर उसका प्रभाव पड़ता, उसका मूल्य खोले बिना। टाई-ब्रेक या कोई अधिनिर्णय न होने की टिप्पणियाँ भी यहीं दिखती हैं।</translation>
    </message>
    <message>
        <source>The ranked bids, best at the top. Under QCBS each bar is the technical contribution (St × Tw) followed by the financial one (Sf × Fw), ending at the combined score.</source>
        <translation>रैंक वाली बोलियाँ, सर्वश्रेष्ठ सबसे ऊपर। QCBS में प्रत्येक पट्टी पहले तकनीकी योगदान (St × Tw), फिर वित्तीय योगदान (Sf × Fw) दिखाती है और संयुक्त स्कोर पर समाप्त होती है।</translation>
    </message>
    <message>
        <source>Technical score against evaluated price, one point per bid whose financial proposal is opened, with a line at the minimum technical score. Bids whose prices stay sealed are only counted in the note under the chart.</source>
        <translation>तकनीकी स्कोर बनाम मूल्यांकित मूल्य: जिस बोली का वित्तीय प्रस्ताव खुला है, उसका एक बिंदु, न्यूनतम तकनीकी स्कोर पर एक रेखा सहित। जिन बोलियों के मूल्य मुहरबंद रहते हैं, वे केवल चार्ट के नीचे की टिप्पणी में गिनी जाती हैं।</translation>
    </message>
    <message>
        <source>Whether openness marks are part of the technical score, as a sub-criterion announced in the tender. Switching them on scales the criteria&apos;s weights down to make room for them.</source>
        <translation>क्या खुलेपन के अंक तकनीकी स्कोर का भाग हैं, निविदा में घोषित उप-मानदंड के रूप में। इन्हें चालू करने पर इनके लिए जगह बनाने हेतु मानदंडों के भारांक घटा दिए जाते हैं।</translation>
    </message>
    <message>
        <source>How openness marks are awarded: by the Model Openness Framework class the system reaches, by the outcomes of openness its release enables (Table 1 of the brief), or by a points table of the components released under open licences.</source>
        <translation>खुलेपन के अंक कैसे दिए जाते हैं: प्रणाली द्वारा प्राप्त Model Openness Framework श्रेणी के अनुसार, उसके जारी होने से सक्षम खुलेपन के परिणामों (नीति-पत्र की तालिका 1) के अनुसार, या खुले लाइसेंस पर जारी घटकों की अंक-तालिका के अनुसार।</translation>
    </message>
    <message>
        <source>The most openness marks a bid can get, out of the 100 technical points; the criteria share the rest.</source>
        <translation>100 तकनीकी अंकों में से खुलेपन के वे अधिकतम अंक जो किसी बोली को मिल सकते हैं; शेष अंक मानदंड आपस में बाँटते हैं।</translation>
    </message>
    <message>
        <source>What the bid calls its system. A system called &quot;open source&quot; or &quot;open&quot; whose weights are under a restrictive or unknown licence is flagged as possible openwashing.</source>
        <translation>बोली अपनी प्रणाली को क्या कहती है। &quot;open source&quot; या &quot;open&quot; कही गई जिस प्रणाली के मॉडल भार (weights) प्रतिबंधात्मक या अज्ञात लाइसेंस पर हों, उसे संभावित ओपनवॉशिंग के रूप में चिह्नित किया जाता है।</translation>
    </message>
    <message>
        <source>What the bidder releases of each component of the system (code, weights, data, documents) and under which licence. The class, the check against the OSI Open Source AI Definition and the flags follow from this table.</source>
        <translation>बोलीदाता प्रणाली के प्रत्येक घटक (कोड, मॉडल भार, डेटा, दस्तावेज़) में से क्या और किस लाइसेंस पर जारी करता है। श्रेणी, OSI Open Source AI Definition के विरुद्ध जाँच और संकेत इसी तालिका से निकलते हैं।</translation>
    </message>
    <message>
        <source>The bids&apos; openness side by side: the Model Openness Framework class, the OSI Open Source AI Definition check, the openwashing flags and, when announced, the openness marks.</source>
        <translation>बोलियों का खुलापन साथ-साथ: Model Openness Framework श्रेणी, OSI Open Source AI Definition की जाँच, ओपनवॉशिंग के संकेत और, घोषित होने पर, खुलेपन के अंक।</translation>
    </message>
    <message>
        <source>What the system is for, in a sentence. The brief asks that the choice follow the defined purpose and the total cost of ownership.</source>
        <translation>प्रणाली किस लिए है, एक वाक्य में। नीति-पत्र अपेक्षा करता है कि चयन परिभाषित प्रयोजन और स्वामित्व की कुल लागत के आधार पर हो।</translation>
    </message>
    <message>
        <source>The six considerations of Table 3. The answer to each context question gives a leaning (open source, proprietary or neutral); the passage of Table 3 that supports it is in bold. The recommendation counts the leanings.</source>
        <translation>तालिका 3 के छह विचारणीय बिंदु। प्रत्येक संदर्भ-प्रश्न के उत्तर से झुकाव बनता है (खुला स्रोत, स्वामित्व वाला या तटस्थ); तालिका 3 का जो अंश उसका समर्थन करता है, वह मोटे अक्षरों में है। अनुशंसा झुकावों की गिनती करती है।</translation>
    </message>
    <message>
        <source>The bid that the brief&apos;s rule recommends, from the leanings and the evaluation. Another bid may be selected on the Decision page, with a justification.</source>
        <translation>नीति-पत्र के नियम के अनुसार, झुकावों और मूल्यांकन के आधार पर अनुशंसित बोली। निर्णय पृष्ठ पर औचित्य सहित कोई अन्य बोली चुनी जा सकती है।</translation>
    </message>
    <message>
        <source>The bid selected. Until one is chosen, the evaluation&apos;s winner stands for it. Selecting a bid that is not open source while a qualified open-source bid exists is a departure, which must be justified.</source>
        <translation>चयनित बोली। जब तक कोई चुनी न जाए, मूल्यांकन का विजेता ही चयनित माना जाता है। कोई तकनीकी रूप से योग्य खुला स्रोत बोली होते हुए ऐसी बोली चुनना जो खुला स्रोत नहीं है, विचलन है, जिसका औचित्य देना आवश्यक है।</translation>
    </message>
    <message>
        <source>What the selection departs from: the open-source option (a qualified open-source bid passed over, listed with the score and price gaps), the evaluation (a bid other than its winner), or nothing.</source>
        <translation>चयन किससे विचलन है: खुला स्रोत विकल्प से (कोई योग्य खुला स्रोत बोली छोड़ी गई, जो स्कोर और मूल्य के अंतर सहित सूचीबद्ध है), मूल्यांकन से (उसके विजेता के अतिरिक्त कोई अन्य बोली), या किसी से नहीं।</translation>
    </message>
    <message>
        <source>Checks the decision and records it as final; refused, with what is missing, while a departure lacks its justification. An edit that changes a score, a context answer or the decision afterwards withdraws the finalisation, and the memo becomes a draft again.</source>
        <translation>निर्णय की जाँच करके उसे अंतिम रूप में दर्ज करता है; जब तक किसी विचलन का औचित्य न हो, यह कमी बताते हुए अस्वीकार करता है। बाद में स्कोर, संदर्भ-उत्तर या निर्णय बदलने वाला कोई भी संपादन अंतिम रूप को वापस ले लेता है, और ज्ञापन फिर से मसौदा बन जाता है।</translation>
    </message>
    <message>
        <source>Withdraws the finalisation so that the decision can be changed; it must then be finalised again.</source>
        <translation>अंतिम रूप वापस लेता है ताकि निर्णय बदला जा सके; इसके बाद उसे फिर से अंतिम रूप देना होगा।</translation>
    </message>
    <message>
        <source>Why the evaluation&apos;s winner is not selected. Required when the selected bid is not the winner.</source>
        <translation>मूल्यांकन के विजेता का चयन क्यों नहीं किया गया। जब चयनित बोली विजेता न हो, तब आवश्यक।</translation>
    </message>
    <message>
        <source>Why this bid, and how the concerns that favour open source are met. Required when the selection departs from the open-source option; at least 20 characters.</source>
        <translation>यह बोली क्यों, और खुला स्रोत के पक्ष की चिंताओं का समाधान कैसे होता है। जब चयन खुला स्रोत विकल्प से विचलन हो, तब आवश्यक; कम से कम 20 अक्षर।</translation>
    </message>
    <message>
        <source>the PDF could not be written: %1</source>
        <translation>PDF नहीं लिखी जा सकी: %1</translation>
    </message>
    <message>
        <source>is not a Tulana training certificate (it carries no certificate identifier)</source>
        <translation>Tulana का प्रशिक्षण प्रमाणपत्र नहीं है (इसमें प्रमाणपत्र पहचानकर्ता नहीं है)</translation>
    </message>
    <message>
        <source>EVALUATION SHEET</source>
        <translation>मूल्यांकन पत्रक</translation>
    </message>
    <message>
        <source>%1: the ranking and scores as evaluated</source>
        <translation>%1: मूल्यांकन के अनुसार रैंक और स्कोर</translation>
    </message>
    <message>
        <source>Printed with Tulana %1 as the evaluation stood on %2. This sheet is not the decision memo; a memo of this evaluation carries the same fingerprint.</source>
        <translation>Tulana %1 से, %2 को मूल्यांकन जैसा था वैसा मुद्रित। यह पत्रक निर्णय का ज्ञापन नहीं है; इस मूल्यांकन के ज्ञापन पर यही फ़िंगरप्रिंट होता है।</translation>
    </message>
    <message>
        <source>the required field &quot;criteria&quot; is missing</source>
        <translation>आवश्यक फ़ील्ड &quot;criteria&quot; नहीं है</translation>
    </message>
    <message>
        <source>No pass mark was announced in the training pack: this certificate records the cases completed and their scores, not a pass.</source>
        <translation>प्रशिक्षण पैक में कोई उत्तीर्ण अंक घोषित नहीं किया गया था: यह प्रमाणपत्र पूरे किए गए मामले और उनके अंक दर्ज करता है, उत्तीर्ण होना नहीं।</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>उत्तीर्ण</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>अनुत्तीर्ण</translation>
    </message>
    <message>
        <source>Pass mark announced in the pack: %1% of its %2 points. Scored: %3 points (%4%): %5.</source>
        <translation>पैक में घोषित उत्तीर्ण अंक: उसके %2 अंकों का %1%। प्राप्त: %3 अंक (%4%): %5।</translation>
    </message>
    <message>
        <source>To pass, score at least %1% of the pack&apos;s %2 points, over all its cases; a case not completed counts as no points.</source>
        <translation>उत्तीर्ण होने के लिए पैक के सभी मामलों को मिलाकर उसके %2 अंकों में से कम से कम %1% प्राप्त करें; अधूरा मामला शून्य अंक गिना जाता है।</translation>
    </message>
    <message>
        <source>This pack announces no pass mark: the certificate lists the cases you complete and their scores.</source>
        <translation>यह पैक कोई उत्तीर्ण अंक घोषित नहीं करता: प्रमाणपत्र में आपके पूरे किए गए मामले और उनके अंक होते हैं।</translation>
    </message>
    <message>
        <source>The certificate is issued by %1.</source>
        <translation>प्रमाणपत्र %1 द्वारा जारी किया जाता है।</translation>
    </message>
    <message>
        <source>No issuing body is named in the training pack.</source>
        <translation>प्रशिक्षण पैक में प्रमाणपत्र जारी करने वाली संस्था का नाम नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>जारीकर्ता: %1</translation>
    </message>
    <message>
        <source>the pass mark is a percentage of the pack&apos;s points: more than 0 and at most 100, not %1</source>
        <translation>उत्तीर्ण अंक पैक के अंकों का प्रतिशत है: 0 से अधिक और अधिकतम 100, %1 नहीं</translation>
    </message>
    <message>
        <source>  log FILE [--format F]          list the recorded process&apos;s log: each act, when, by
                                 whom, and the digest of what it fixed; F is table
                                 (default) or json
</source>
        <translation>  log FILE [--format F]          दर्ज प्रक्रिया का लॉग दिखाएँ: हर कार्य, कब, किसने,
                                 और उसने जो स्थिर किया उसका डाइजेस्ट; F table
                                 (डिफ़ॉल्ट) या json है
</translation>
    </message>
    <message>
        <source>  verify FILE [--checkpoint SIZE:HASH] [--format F]
                                 check the recorded process: the log&apos;s chain and
                                 signatures, the order of the acts, and that nothing
                                 fixed by an act has changed since; with a checkpoint
                                 printed on a memo, that the log extends it
</source>
        <translation>  verify FILE [--checkpoint SIZE:HASH] [--format F]
                                 दर्ज प्रक्रिया जाँचें: लॉग की शृंखला और हस्ताक्षर,
                                 कार्यों का क्रम, और यह कि किसी कार्य ने जो स्थिर किया
                                 वह तब से नहीं बदला; ज्ञापन पर छपे चेकपॉइंट के साथ,
                                 यह कि लॉग उसे आगे बढ़ाता है
</translation>
    </message>
    <message>
        <source>  key new --actor ID [--name NAME] [--out KEY] [--passphrase-file P]
                                 make a signing key for a committee member (ID: an
                                 evaluator id) or the officer, its secret half locked
                                 under a passphrase
</source>
        <translation>  key new --actor ID [--name NAME] [--out KEY] [--passphrase-file P]
                                 समिति सदस्य (ID: मूल्यांकनकर्ता की आईडी) या अधिकारी
                                 के लिए हस्ताक्षर कुंजी बनाएँ, उसका गुप्त भाग
                                 पासफ़्रेज़ से बंद
</translation>
    </message>
    <message>
        <source>  seal PROPOSAL --tender-key KEY --out ENVELOPE
                                 seal a bidder&apos;s financial proposal with the tender&apos;s
                                 envelope key: only the committee together opens it
</source>
        <translation>  seal PROPOSAL --tender-key KEY --out ENVELOPE
                                 बोलीदाता का वित्तीय प्रस्ताव निविदा की लिफ़ाफ़ा
                                 कुंजी से मुहरबंद करें: केवल समिति मिलकर इसे खोलती है
</translation>
    </message>
    <message>
        <source>key new takes --actor ID (an evaluator id, or officer)</source>
        <translation>key new को --actor ID चाहिए (मूल्यांकनकर्ता की आईडी, या officer)</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>नई कुंजी का पासफ़्रेज़: </translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>पासफ़्रेज़ में कम से कम 8 वर्ण होने चाहिए</translation>
    </message>
    <message>
        <source>Wrote the key of %1 to %2 (public key %3…); its secret half is locked under the passphrase.</source>
        <translation>%1 की कुंजी %2 में लिखी गई (सार्वजनिक कुंजी %3…); उसका गुप्त भाग पासफ़्रेज़ से बंद है।</translation>
    </message>
    <message>
        <source>seal takes a PROPOSAL file, --tender-key KEY and --out ENVELOPE</source>
        <translation>seal को PROPOSAL फ़ाइल, --tender-key KEY और --out ENVELOPE चाहिए</translation>
    </message>
    <message>
        <source>is not a tender&apos;s envelope key (tulana-cli process envelope-key writes one)</source>
        <translation>निविदा की लिफ़ाफ़ा कुंजी नहीं है (tulana-cli process envelope-key उसे लिखता है)</translation>
    </message>
    <message>
        <source>Sealed the financial proposal of %1 into %2: only the committee, together, can open it.</source>
        <translation>%1 का वित्तीय प्रस्ताव %2 में मुहरबंद किया गया: केवल समिति, मिलकर, इसे खोल सकती है।</translation>
    </message>
    <message>
        <source>--format is table or json, not &quot;%1&quot;</source>
        <translation>--format table या json है, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>log takes one FILE</source>
        <translation>log को एक FILE चाहिए</translation>
    </message>
    <message>
        <source>%1 does not record its process: it has no log.</source>
        <translation>%1 अपनी प्रक्रिया दर्ज नहीं करती: उसमें कोई लॉग नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies); checkpoint %2</source>
        <translation>
            <numerusform>%1: %n प्रविष्टि; चेकपॉइंट %2</numerusform>
            <numerusform>%1: %n प्रविष्टियाँ; चेकपॉइंट %2</numerusform>
        </translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>digest %1</source>
        <translation>डाइजेस्ट %1</translation>
    </message>
    <message>
        <source>verify takes one FILE</source>
        <translation>verify को एक FILE चाहिए</translation>
    </message>
    <message>
        <source>--checkpoint is the number of entries and the log&apos;s head as printed on the memo, e.g. 11:5f3a…(64 hex digits), not &quot;%1&quot;</source>
        <translation>--checkpoint प्रविष्टियों की संख्या और लॉग का शीर्ष है, जैसा ज्ञापन पर छपा है, जैसे 11:5f3a…(64 हेक्स अंक), &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>the file does not record its process: there is no log to verify, and nothing shows when its figures were fixed</source>
        <translation>फ़ाइल अपनी प्रक्रिया दर्ज नहीं करती: सत्यापित करने के लिए कोई लॉग नहीं है, और कुछ नहीं दिखाता कि उसके आँकड़े कब स्थिर हुए</translation>
    </message>
    <message numerus="yes">
        <source>%1: the recorded process is intact (%n entry(ies)) and extends the checkpoint %2</source>
        <translation>
            <numerusform>%1: दर्ज प्रक्रिया अक्षुण्ण है (%n प्रविष्टि) और चेकपॉइंट %2 को आगे बढ़ाती है</numerusform>
            <numerusform>%1: दर्ज प्रक्रिया अक्षुण्ण है (%n प्रविष्टियाँ) और चेकपॉइंट %2 को आगे बढ़ाती है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the recorded process is intact (%n entry(ies)); checkpoint %2</source>
        <translation>
            <numerusform>%1: दर्ज प्रक्रिया अक्षुण्ण है (%n प्रविष्टि); चेकपॉइंट %2</numerusform>
            <numerusform>%1: दर्ज प्रक्रिया अक्षुण्ण है (%n प्रविष्टियाँ); चेकपॉइंट %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase of %1&apos;s key: </source>
        <translation>%1 की कुंजी का पासफ़्रेज़: </translation>
    </message>
    <message>
        <source>the passphrase does not unlock this key</source>
        <translation>पासफ़्रेज़ इस कुंजी को नहीं खोलता</translation>
    </message>
    <message>
        <source>process takes an act and a tender FILE (tulana-cli process --help)</source>
        <translation>process को एक कार्य और निविदा FILE चाहिए (tulana-cli process --help)</translation>
    </message>
    <message>
        <source>--time is a UTC time, YYYY-MM-DDThh:mm:ssZ</source>
        <translation>--time UTC समय है, YYYY-MM-DDThh:mm:ssZ</translation>
    </message>
    <message>
        <source>the rules are not announced yet: there is no envelope key</source>
        <translation>नियम अभी घोषित नहीं हुए: कोई लिफ़ाफ़ा कुंजी नहीं है</translation>
    </message>
    <message>
        <source>Wrote the envelope key of %1 to %2: bidders seal their financial proposals with it.</source>
        <translation>%1 की लिफ़ाफ़ा कुंजी %2 में लिखी गई: बोलीदाता इससे अपने वित्तीय प्रस्ताव मुहरबंद करते हैं।</translation>
    </message>
    <message>
        <source>process open takes each present member&apos;s --key, each with its --passphrase-file (or typed)</source>
        <translation>process open को हर उपस्थित सदस्य की --key चाहिए, हर एक अपनी --passphrase-file के साथ (या टाइप करके)</translation>
    </message>
    <message>
        <source>process %1 takes the acting person&apos;s --key</source>
        <translation>process %1 को कार्य करने वाले व्यक्ति की --key चाहिए</translation>
    </message>
    <message>
        <source>Announced the rules of %1: %2</source>
        <translation>%1 के नियम घोषित किए गए: %2</translation>
    </message>
    <message>
        <source>process receive takes --bid ID and --envelope ENVELOPE (a file tulana-cli seal wrote)</source>
        <translation>process receive को --bid ID और --envelope ENVELOPE चाहिए (tulana-cli seal द्वारा लिखी फ़ाइल)</translation>
    </message>
    <message>
        <source>is not a sealed financial envelope</source>
        <translation>मुहरबंद वित्तीय लिफ़ाफ़ा नहीं है</translation>
    </message>
    <message>
        <source>Received the envelope of %1 (receipt %2…).</source>
        <translation>%1 का लिफ़ाफ़ा प्राप्त हुआ (रसीद %2…)।</translation>
    </message>
    <message>
        <source>unknown act &quot;%1&quot; (tulana-cli process --help)</source>
        <translation>अज्ञात कार्य &quot;%1&quot; (tulana-cli process --help)</translation>
    </message>
    <message>
        <source>%1: %2, by %3.</source>
        <translation>%1: %2, %3 द्वारा।</translation>
    </message>
    <message>
        <source>no passphrase was given (use --passphrase-file, or type it)</source>
        <translation>कोई पासफ़्रेज़ नहीं दिया गया (--passphrase-file दें, या टाइप करें)</translation>
    </message>
    <message>
        <source>is not a Tulana financial proposal (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>Tulana का वित्तीय प्रस्ताव नहीं है (&quot;format&quot; &quot;%1&quot; होना चाहिए)</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>शून्य से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>is not written in hexadecimal digits (0-9, a-f)</source>
        <translation>हेक्साडेसिमल अंकों (0-9, a-f) में नहीं लिखा है</translation>
    </message>
    <message>
        <source>is not written in base64</source>
        <translation>base64 में नहीं लिखा है</translation>
    </message>
    <message>
        <source>has %1 bytes where %2 are expected</source>
        <translation>इसमें %1 बाइट हैं जहाँ %2 अपेक्षित हैं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in UTC: write it as YYYY-MM-DDThh:mm:ssZ</source>
        <translation>&quot;%1&quot; UTC में समय नहीं है: इसे YYYY-MM-DDThh:mm:ssZ रूप में लिखें</translation>
    </message>
    <message>
        <source>a recorded process needs format version 2; this file says %1</source>
        <translation>दर्ज प्रक्रिया के लिए फ़ॉर्मैट संस्करण 2 चाहिए; यह फ़ाइल %1 बताती है</translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <source>The record is not intact. When this memo was made, its check found that the following no longer match the log:</source>
        <translation>अभिलेख अक्षुण्ण नहीं है। यह ज्ञापन बनाते समय जाँच में पाया गया कि निम्नलिखित अब लॉग से मेल नहीं खाते:</translation>
    </message>
    <message>
        <source>The acts below are as the log now stands; this memo cannot vouch for them.</source>
        <translation>नीचे दिए गए कार्य लॉग की वर्तमान स्थिति के अनुसार हैं; यह ज्ञापन उनकी पुष्टि नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The acts of the evaluation, as logged</source>
        <translation>मूल्यांकन के कार्य, जैसे लॉग में दर्ज हैं</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>दिनांक और समय</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसके द्वारा</translation>
    </message>
    <message>
        <source>The receipt of each financial envelope is an entry of the log too; the envelopes are listed below.</source>
        <translation>प्रत्येक वित्तीय लिफ़ाफ़े की प्राप्ति भी लॉग की एक प्रविष्टि है; लिफ़ाफ़े नीचे सूचीबद्ध हैं।</translation>
    </message>
    <message>
        <source>The log records no corrigendum to the announced rules and no unlock of the technical scores.</source>
        <translation>लॉग में न तो घोषित नियमों का कोई शुद्धिपत्र दर्ज है, न ही तकनीकी स्कोर का लॉक हटाया जाना।</translation>
    </message>
    <message>
        <source>Changes made after a stage was fixed, each logged with its reason:</source>
        <translation>किसी चरण के नियत होने के बाद किए गए परिवर्तन, प्रत्येक अपने कारण सहित लॉग में दर्ज:</translation>
    </message>
    <message>
        <source>%1, %2, by %3. Reason given: “%4”</source>
        <translation>%1, %2, %3 द्वारा। दिया गया कारण: “%4”</translation>
    </message>
    <message>
        <source>returned unopened (still sealed)</source>
        <translation>बिना खोले लौटाया गया (अब भी मुहरबंद)</translation>
    </message>
    <message>
        <source>opened on %1</source>
        <translation>%1 को खोला गया</translation>
    </message>
    <message>
        <source>sealed; not yet opened</source>
        <translation>मुहरबंद; अभी खोला नहीं गया</translation>
    </message>
    <message>
        <source>its figures are in the file, but the log records no opening</source>
        <translation>इसके आँकड़े फ़ाइल में हैं, किंतु लॉग में इसके खोले जाने का कोई उल्लेख नहीं है</translation>
    </message>
    <message>
        <source>The tender&apos;s envelope key was announced with the rules. Its secret half was split into %1 shares, one sealed to each committee member, so that %2 members must act together to open the financial envelopes, and fewer cannot.</source>
        <translation>निविदा की लिफ़ाफ़ा कुंजी नियमों के साथ घोषित की गई थी। उसके गुप्त भाग को %1 अंशों में बाँटा गया, प्रत्येक अंश समिति के एक सदस्य के लिए मुहरबंद, ताकि वित्तीय लिफ़ाफ़े खोलने के लिए %2 सदस्यों को एक साथ कार्य करना पड़े; इससे कम सदस्य उन्हें नहीं खोल सकते।</translation>
    </message>
    <message>
        <source>No financial envelope is recorded: the bids&apos; figures were not sealed.</source>
        <translation>कोई वित्तीय लिफ़ाफ़ा दर्ज नहीं है: बोलियों के आँकड़े मुहरबंद नहीं किए गए थे।</translation>
    </message>
    <message>
        <source>The financial opening, as logged: “%1”</source>
        <translation>वित्तीय लिफ़ाफ़ों का खोला जाना, जैसा लॉग में दर्ज है: “%1”</translation>
    </message>
    <message>
        <source>Financial envelopes</source>
        <translation>वित्तीय लिफ़ाफ़े</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>लिफ़ाफ़ा</translation>
    </message>
    <message>
        <source>no sealed envelope recorded</source>
        <translation>कोई मुहरबंद लिफ़ाफ़ा दर्ज नहीं</translation>
    </message>
    <message>
        <source>Returned unopened: the envelope is still sealed in the file, and its figures are not in it.</source>
        <translation>बिना खोले लौटाया गया: लिफ़ाफ़ा फ़ाइल में अब भी मुहरबंद है, और उसके आँकड़े फ़ाइल में नहीं हैं।</translation>
    </message>
    <message>
        <source>Checkpoint of the evaluation&apos;s log: %1</source>
        <translation>मूल्यांकन के लॉग का चेकपॉइंट: %1</translation>
    </message>
    <message>
        <source>Checkpoint of the log when this memo was made (the number of entries, and the hash of the log up to the last of them):
%1
To check this evaluation file against this memo:
tulana-cli verify %2 --checkpoint %1</source>
        <translation>यह ज्ञापन बनाते समय लॉग का चेकपॉइंट (प्रविष्टियों की संख्या, और अंतिम प्रविष्टि तक लॉग का हैश):
%1
इस मूल्यांकन फ़ाइल को इस ज्ञापन से जाँचने के लिए:
tulana-cli verify %2 --checkpoint %1</translation>
    </message>
    <message>
        <source>The evaluation as recorded</source>
        <translation>मूल्यांकन, जैसा अभिलिखित है</translation>
    </message>
    <message>
        <source>The process of this evaluation was not recorded, so this memo cannot show when the rules were fixed, that the prices stayed sealed, or that nothing was changed afterwards.</source>
        <translation>इस मूल्यांकन की प्रक्रिया अभिलिखित नहीं की गई, इसलिए यह ज्ञापन यह नहीं दिखा सकता कि नियम कब नियत किए गए, कि मूल्य मुहरबंद रहे, या कि बाद में कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The evaluation file is set to record its process, but no act has been logged yet.</source>
        <translation>मूल्यांकन फ़ाइल अपनी प्रक्रिया अभिलिखित करने के लिए व्यवस्थित है, किंतु अभी तक लॉग में कोई कार्य दर्ज नहीं हुआ है।</translation>
    </message>
    <message>
        <source>The evaluation file records its process as a log of acts. Each entry names who did it and carries a signature and the hash of the entries before it, so that any later change to an entry can be detected. Stage reached when this memo was made: %1.</source>
        <translation>मूल्यांकन फ़ाइल अपनी प्रक्रिया को कार्यों के लॉग के रूप में अभिलिखित करती है। प्रत्येक प्रविष्टि बताती है कि कार्य किसने किया, और उसमें एक हस्ताक्षर तथा उससे पहले की प्रविष्टियों का हैश होता है, जिससे किसी प्रविष्टि में बाद में किया गया कोई भी परिवर्तन पकड़ा जा सके। यह ज्ञापन बनाते समय मूल्यांकन इस चरण पर था: %1।</translation>
    </message>
    <message>
        <source>the envelopes were already opened</source>
        <translation>लिफ़ाफ़े पहले ही खोले जा चुके हैं</translation>
    </message>
    <message>
        <source>%1 holds no share of the envelope key (or was named twice)</source>
        <translation>%1 के पास लिफ़ाफ़ा कुंजी का कोई अंश नहीं है (या नाम दो बार दिया गया)</translation>
    </message>
    <message>
        <source>%1&apos;s share does not open with the key given: it is not %1&apos;s key, or the share was altered</source>
        <translation>%1 का अंश दी गई कुंजी से नहीं खुलता: यह %1 की कुंजी नहीं है, या अंश बदला गया</translation>
    </message>
    <message>
        <source>opening the envelopes needs %1 members of the committee; %2 took part</source>
        <translation>लिफ़ाफ़े खोलने के लिए समिति के %1 सदस्य चाहिए; %2 ने भाग लिया</translation>
    </message>
    <message>
        <source>the shares given do not make the tender&apos;s envelope key</source>
        <translation>दिए गए अंशों से निविदा की लिफ़ाफ़ा कुंजी नहीं बनती</translation>
    </message>
    <message>
        <source>the envelope of %1 does not open: it was altered after it was sealed</source>
        <translation>%1 का लिफ़ाफ़ा नहीं खुलता: मुहरबंद होने के बाद उसे बदला गया</translation>
    </message>
    <message>
        <source>the envelope of %1 does not hold %1&apos;s financial proposal</source>
        <translation>%1 के लिफ़ाफ़े में %1 का वित्तीय प्रस्ताव नहीं है</translation>
    </message>
    <message>
        <source>Envelopes of %1 opened with the shares of %2</source>
        <translation>%2 के अंशों से %1 के लिफ़ाफ़े खोले गए</translation>
    </message>
    <message>
        <source>Envelopes of %1 opened with the shares of %2; %3 returned unopened</source>
        <translation>%2 के अंशों से %1 के लिफ़ाफ़े खोले गए; %3 बिना खोले लौटाए गए</translation>
    </message>
    <message>
        <source>is not a key written in base64</source>
        <translation>base64 में लिखी कुंजी नहीं है</translation>
    </message>
    <message>
        <source>is not a Tulana key file</source>
        <translation>Tulana की कुंजी फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>names a key derivation Tulana does not use</source>
        <translation>ऐसी कुंजी व्युत्पत्ति बताती है जिसका Tulana उपयोग नहीं करता</translation>
    </message>
    <message>
        <source>the locked secret key is missing</source>
        <translation>बंद गुप्त कुंजी नहीं है</translation>
    </message>
    <message>
        <source>Rules announced</source>
        <translation>नियम घोषित</translation>
    </message>
    <message>
        <source>Corrigendum to the rules</source>
        <translation>नियमों का शुद्धिपत्र</translation>
    </message>
    <message>
        <source>Financial envelope received</source>
        <translation>वित्तीय लिफ़ाफ़ा प्राप्त</translation>
    </message>
    <message>
        <source>Bids received</source>
        <translation>बोलियाँ प्राप्त</translation>
    </message>
    <message>
        <source>Eligibility assessed</source>
        <translation>पात्रता का आकलन</translation>
    </message>
    <message>
        <source>Technical scores locked</source>
        <translation>तकनीकी अंक लॉक</translation>
    </message>
    <message>
        <source>Technical scores unlocked</source>
        <translation>तकनीकी अंक अनलॉक</translation>
    </message>
    <message>
        <source>Financial envelopes opened</source>
        <translation>वित्तीय लिफ़ाफ़े खोले गए</translation>
    </message>
    <message>
        <source>Decision finalised</source>
        <translation>निर्णय अंतिम</translation>
    </message>
    <message>
        <source>Memo issued</source>
        <translation>ज्ञापन जारी</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <source>Process not recorded</source>
        <translation>प्रक्रिया दर्ज नहीं</translation>
    </message>
    <message>
        <source>Rules not yet announced</source>
        <translation>नियम अभी घोषित नहीं</translation>
    </message>
    <message>
        <source>The rules were announced on %1 and the envelopes have been opened: they can no longer change.</source>
        <translation>नियम %1 को घोषित हुए और लिफ़ाफ़े खोले जा चुके हैं: वे अब नहीं बदल सकते।</translation>
    </message>
    <message>
        <source>The rules were announced on %1: a change needs a corrigendum, with its reason, which is logged and shown in the memo.</source>
        <translation>नियम %1 को घोषित हुए: परिवर्तन के लिए कारण सहित शुद्धिपत्र चाहिए, जो लॉग में दर्ज होता है और ज्ञापन में दिखता है।</translation>
    </message>
    <message>
        <source>The bids were received and recorded on %1.</source>
        <translation>बोलियाँ %1 को प्राप्त और दर्ज हुईं।</translation>
    </message>
    <message>
        <source>The eligibility findings were recorded on %1.</source>
        <translation>पात्रता के निष्कर्ष %1 को दर्ज हुए।</translation>
    </message>
    <message>
        <source>The technical scores were locked on %1 and the envelopes have been opened: they can no longer change.</source>
        <translation>तकनीकी अंक %1 को लॉक हुए और लिफ़ाफ़े खोले जा चुके हैं: वे अब नहीं बदल सकते।</translation>
    </message>
    <message>
        <source>The technical scores were locked on %1 by %2: a change needs an unlock, with its reason, which is logged and shown in the memo.</source>
        <translation>तकनीकी अंक %1 को %2 ने लॉक किए: परिवर्तन के लिए कारण सहित अनलॉक चाहिए, जो लॉग में दर्ज होता है और ज्ञापन में दिखता है।</translation>
    </message>
    <message>
        <source>The financial envelopes were opened on %1: their figures are as opened.</source>
        <translation>वित्तीय लिफ़ाफ़े %1 को खोले गए: उनके आँकड़े वही हैं जो खोलने पर मिले।</translation>
    </message>
    <message>
        <source>The decision was finalised on %1.</source>
        <translation>निर्णय %1 को अंतिम हुआ।</translation>
    </message>
    <message>
        <source>the announced rules (method, weights, criteria, options, committee)</source>
        <translation>घोषित नियम (पद्धति, भारांक, मानदंड, विकल्प, समिति)</translation>
    </message>
    <message>
        <source>the bids as received (bidders, systems, natures, envelopes)</source>
        <translation>प्राप्त बोलियाँ (बोलीदाता, प्रणालियाँ, प्रकृति, लिफ़ाफ़े)</translation>
    </message>
    <message>
        <source>the eligibility findings</source>
        <translation>पात्रता के निष्कर्ष</translation>
    </message>
    <message>
        <source>the technical marks and the bids&apos; standing</source>
        <translation>तकनीकी अंक और बोलियों की स्थिति</translation>
    </message>
    <message>
        <source>the opened financial figures</source>
        <translation>खोले गए वित्तीय आँकड़े</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3 UTC, by %4)</source>
        <translation>प्रविष्टि %1 (%2, %3 UTC, %4 द्वारा)</translation>
    </message>
    <message>
        <source>entry %1 of the log is numbered %2: an entry was removed, added or moved</source>
        <translation>लॉग की प्रविष्टि %1 पर क्रमांक %2 है: कोई प्रविष्टि हटाई, जोड़ी या खिसकाई गई</translation>
    </message>
    <message>
        <source>%1 does not follow the entry before it: the log was changed before it</source>
        <translation>%1 अपने से पहले की प्रविष्टि के बाद नहीं आती: उससे पहले लॉग बदला गया</translation>
    </message>
    <message>
        <source>%1 records an act Tulana does not know</source>
        <translation>%1 ऐसा कार्य दर्ज करती है जिसे Tulana नहीं जानता</translation>
    </message>
    <message>
        <source>%1 names an actor who is not among the tender&apos;s signers</source>
        <translation>%1 ऐसे व्यक्ति का नाम लेती है जो निविदा के हस्ताक्षरकर्ताओं में नहीं है</translation>
    </message>
    <message>
        <source>a recorded process starts with the announcement of the rules</source>
        <translation>दर्ज प्रक्रिया नियमों की घोषणा से शुरू होती है</translation>
    </message>
    <message>
        <source>the rules are announced once; a change is a corrigendum</source>
        <translation>नियम एक बार घोषित होते हैं; परिवर्तन शुद्धिपत्र होता है</translation>
    </message>
    <message>
        <source>the technical scores cannot be unlocked after the financial opening</source>
        <translation>वित्तीय लिफ़ाफ़े खुलने के बाद तकनीकी अंक अनलॉक नहीं हो सकते</translation>
    </message>
    <message>
        <source>envelopes are opened only while the technical scores are locked</source>
        <translation>लिफ़ाफ़े तभी खोले जाते हैं जब तकनीकी अंक लॉक हों</translation>
    </message>
    <message>
        <source>a corrigendum or an unlock must give its reason</source>
        <translation>शुद्धिपत्र या अनलॉक को अपना कारण देना होगा</translation>
    </message>
    <message>
        <source>%1 no longer match what %2 fixed: they were changed without a logged act</source>
        <translation>%1 अब उससे मेल नहीं खाते जो %2 ने स्थिर किया था: उन्हें बिना दर्ज कार्य के बदला गया</translation>
    </message>
    <message>
        <source>the envelope of %1 is not one that was received: its bytes match no receipt in the log</source>
        <translation>%1 का लिफ़ाफ़ा वह नहीं है जो प्राप्त हुआ था: उसके बाइट लॉग की किसी रसीद से मेल नहीं खाते</translation>
    </message>
    <message>
        <source>%1 received an envelope that is no longer in the file</source>
        <translation>%1 ने जो लिफ़ाफ़ा प्राप्त किया, वह अब फ़ाइल में नहीं है</translation>
    </message>
    <message>
        <source>the log has %1 entries, fewer than the %2 of the checkpoint: entries were removed</source>
        <translation>लॉग में %1 प्रविष्टियाँ हैं, चेकपॉइंट की %2 से कम: प्रविष्टियाँ हटाई गईं</translation>
    </message>
    <message>
        <source>the first %1 entries of the log are not those of the checkpoint: the history was rewritten</source>
        <translation>लॉग की पहली %1 प्रविष्टियाँ चेकपॉइंट वाली नहीं हैं: इतिहास दोबारा लिखा गया</translation>
    </message>
    <message>
        <source>%1 is not among the tender&apos;s signers</source>
        <translation>%1 निविदा के हस्ताक्षरकर्ताओं में नहीं है</translation>
    </message>
    <message>
        <source>the key given is not %1&apos;s signing key</source>
        <translation>दी गई कुंजी %1 की हस्ताक्षर कुंजी नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a member of the committee</source>
        <translation>%1 समिति का सदस्य नहीं है</translation>
    </message>
    <message>
        <source>opening the envelopes needs between 2 and %1 members, not %2</source>
        <translation>लिफ़ाफ़े खोलने के लिए 2 से %1 सदस्य चाहिए, %2 नहीं</translation>
    </message>
    <message>
        <source>Rules announced; %1 of the %2 members needed to open the envelopes</source>
        <translation>नियम घोषित; लिफ़ाफ़े खोलने के लिए %2 में से %1 सदस्य आवश्यक</translation>
    </message>
    <message>
        <source>the envelope of %1 was already received</source>
        <translation>%1 का लिफ़ाफ़ा पहले ही प्राप्त हो चुका है</translation>
    </message>
    <message>
        <source>Financial envelope of %1 received</source>
        <translation>%1 का वित्तीय लिफ़ाफ़ा प्राप्त</translation>
    </message>
    <message>
        <source>this act has its own function</source>
        <translation>इस कार्य का अपना अलग फ़ंक्शन है</translation>
    </message>
    <message>
        <source>technically qualified; its financial envelope is not yet opened</source>
        <translation>तकनीकी रूप से योग्य; इसका वित्तीय लिफ़ाफ़ा अभी खोला नहीं गया</translation>
    </message>
    <message>
        <source>the financial envelopes of the technically qualified bids (%1) are not yet opened</source>
        <translation>तकनीकी रूप से योग्य बोलियों (%1) के वित्तीय लिफ़ाफ़े अभी खोले नहीं गए</translation>
    </message>
    <message>
        <source>When this memo was made, the record was checked and found intact: the log is an unbroken chain, each entry is validly signed with the key announced for the person it names (a signature shows which key signed, not who held it), the acts are in an order the process allows, and each part of the file that an act fixed still matches what was logged when it was fixed.</source>
        <translation>यह ज्ञापन बनाते समय अभिलेख की जाँच की गई और वह अक्षुण्ण पाया गया: लॉग एक अटूट शृंखला है, प्रत्येक प्रविष्टि पर उसमें नामित व्यक्ति के लिए घोषित कुंजी से वैध हस्ताक्षर है (हस्ताक्षर दिखाता है कि किस कुंजी ने हस्ताक्षर किया, यह नहीं कि उसे किसने रखा), कार्य उसी क्रम में हैं जिसकी प्रक्रिया अनुमति देती है, और फ़ाइल का प्रत्येक भाग जिसे किसी कार्य ने नियत किया था, अब भी उससे मेल खाता है जो उसे नियत करते समय लॉग में दर्ज हुआ था।</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature by %2&apos;s key: the entry was changed after it was signed</source>
        <translation>%1 पर %2 की कुंजी का वैध हस्ताक्षर नहीं है: हस्ताक्षर के बाद प्रविष्टि बदली गई</translation>
    </message>
    <message>
        <source>  process ACT FILE --key KEY [--passphrase-file P] [--out OUT]
                                 record an act of the evaluation, signed with KEY:
                                 announce (--member KEY... [--threshold K]), receive
                                 (--bid ID --envelope E), bids-received, eligibility-
                                 assessed, technical-locked, technical-unlocked and
                                 rules-corrected (--reason TEXT), decision-finalised,
                                 memo-issued; open (each present member&apos;s --key);
                                 envelope-key (the key bidders seal with)
</source>
        <translation>  process ACT FILE --key KEY [--passphrase-file P] [--out OUT]
                                 मूल्यांकन का कार्य दर्ज करें, KEY से हस्ताक्षरित:
                                 announce (--member KEY... [--threshold K]), receive
                                 (--bid ID --envelope E), bids-received, eligibility-
                                 assessed, technical-locked, technical-unlocked और
                                 rules-corrected (--reason TEXT), decision-finalised,
                                 memo-issued; open (हर उपस्थित सदस्य की --key);
                                 envelope-key (वह कुंजी जिससे बोलीदाता मुहरबंद करते हैं)
</translation>
    </message>
    <message>
        <source>--threshold is a number: the members needed to open the envelopes</source>
        <translation>--threshold एक संख्या है: लिफ़ाफ़े खोलने के लिए आवश्यक सदस्य</translation>
    </message>
    <message>
        <source>is the envelope of %1, not of %2</source>
        <translation>%1 का लिफ़ाफ़ा है, %2 का नहीं</translation>
    </message>
    <message>
        <source>the rules cannot be corrected after the financial opening</source>
        <translation>वित्तीय लिफ़ाफ़े खुलने के बाद नियम सुधारे नहीं जा सकते</translation>
    </message>
    <message>
        <source>the bids were closed when they were recorded as received</source>
        <translation>बोलियाँ प्राप्त दर्ज होते ही बंद हो गईं</translation>
    </message>
    <message>
        <source>the bids must be recorded as received first</source>
        <translation>पहले बोलियों को प्राप्त दर्ज करना होगा</translation>
    </message>
    <message>
        <source>the eligibility findings were already recorded</source>
        <translation>पात्रता निष्कर्ष पहले ही दर्ज हो चुके हैं</translation>
    </message>
    <message>
        <source>the eligibility findings must be recorded first</source>
        <translation>पहले पात्रता निष्कर्ष दर्ज करने होंगे</translation>
    </message>
    <message>
        <source>the technical scores are already locked</source>
        <translation>तकनीकी अंक पहले से लॉक हैं</translation>
    </message>
    <message>
        <source>the technical scores are not locked</source>
        <translation>तकनीकी अंक लॉक नहीं हैं</translation>
    </message>
    <message>
        <source>the decision is finalised after the financial opening</source>
        <translation>निर्णय वित्तीय लिफ़ाफ़े खुलने के बाद अंतिम होता है</translation>
    </message>
    <message>
        <source>the decision was already finalised</source>
        <translation>निर्णय पहले ही अंतिम हो चुका है</translation>
    </message>
    <message>
        <source>a memo is issued once the decision is finalised</source>
        <translation>ज्ञापन निर्णय अंतिम होने के बाद जारी होता है</translation>
    </message>
    <message>
        <source>In a recorded process a financial proposal arrives sealed, in an envelope (Process ▸ Receive an envelope); its figures enter the file only at the financial opening.</source>
        <translation>दर्ज प्रक्रिया में वित्तीय प्रस्ताव मुहरबंद लिफ़ाफ़े में आता है (प्रक्रिया ▸ लिफ़ाफ़ा प्राप्त करें); उसके आँकड़े वित्तीय लिफ़ाफ़े खुलने पर ही फ़ाइल में आते हैं।</translation>
    </message>
    <message>
        <source>%1 cannot be recorded now: %2</source>
        <translation>%1 अभी दर्ज नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>the tender has no bids</source>
        <translation>निविदा में कोई बोली नहीं है</translation>
    </message>
    <message>
        <source>%1&apos;s financial figures are in the file in clear; in a recorded process they arrive sealed, in an envelope</source>
        <translation>%1 के वित्तीय आँकड़े फ़ाइल में खुले लिखे हैं; दर्ज प्रक्रिया में वे मुहरबंद लिफ़ाफ़े में आते हैं</translation>
    </message>
    <message>
        <source>no financial envelope was received from %1</source>
        <translation>%1 से कोई वित्तीय लिफ़ाफ़ा प्राप्त नहीं हुआ</translation>
    </message>
    <message>
        <source>the decision is not finalised in the tender (Decision page)</source>
        <translation>निविदा में निर्णय अंतिम नहीं है (निर्णय पृष्ठ)</translation>
    </message>
    <message>
        <source>the tender has no bid %1</source>
        <translation>निविदा में बोली %1 नहीं है</translation>
    </message>
    <message>
        <source>a memo&apos;s fingerprint is a SHA-256 of 32 bytes</source>
        <translation>ज्ञापन का फ़िंगरप्रिंट 32 बाइट का SHA-256 होता है</translation>
    </message>
    <message>
        <source>Memo issued, fingerprint %1…</source>
        <translation>ज्ञापन जारी, फ़िंगरप्रिंट %1…</translation>
    </message>
    <message>
        <source>the output could not be written: %1</source>
        <translation>आउटपुट लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>the bids without an id cannot be numbered after B%1, the highest id in use: give them ids in the id column</source>
        <translation>बिना आईडी वाली बोलियों को B%1 के बाद क्रमांक नहीं दिया जा सकता, जो प्रयुक्त सबसे बड़ी आईडी है: id स्तंभ में उनकी आईडी दें</translation>
    </message>
    <message>
        <source>the licence&apos;s parentheses nest more than %1 deep, deeper than any licence expression: the text is damaged or not a licence</source>
        <translation>लाइसेंस के कोष्ठक %1 स्तरों से अधिक गहराई तक एक-दूसरे के भीतर हैं, किसी भी लाइसेंस अभिव्यक्ति से अधिक: पाठ क्षतिग्रस्त है या लाइसेंस नहीं है</translation>
    </message>
    <message>
        <source>mappings and lists nest more than %1 deep here, deeper than any openness record: the file is damaged or is not a record</source>
        <translation>यहाँ मैपिंग और सूचियाँ %1 स्तरों से अधिक गहराई तक एक-दूसरे के भीतर हैं, किसी भी खुलेपन अभिलेख से अधिक: फ़ाइल क्षतिग्रस्त है या अभिलेख नहीं है</translation>
    </message>
    <message>
        <source>aliases (*name) repeat more of the record than the file holds: the file is not a record Tulana reads</source>
        <translation>उपनाम (*name) अभिलेख के उससे अधिक भाग को दोहराते हैं जितना फ़ाइल में है: यह ऐसा अभिलेख नहीं है जिसे Tulana पढ़ता है</translation>
    </message>
    <message>
        <source>holds more than %1 MB, the most Tulana reads from a file of this kind (docs/reliability.md, &quot;Limits on input&quot;): is it the right file?</source>
        <translation>में %1 MB से अधिक है, जो इस प्रकार की फ़ाइल से Tulana द्वारा पढ़ी जाने वाली अधिकतम सीमा है (docs/reliability.md, &quot;Limits on input&quot;): क्या यह सही फ़ाइल है?</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>%1 is too large a number for this field</source>
        <translation>%1 इस फ़ील्ड के लिए बहुत बड़ी संख्या है</translation>
    </message>
    <message>
        <source>the number %1 is too large to be read</source>
        <translation>संख्या %1 पढ़ी जाने के लिए बहुत बड़ी है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice here; Tulana will not guess which one is meant: keep one of them</source>
        <translation>&quot;%1&quot; यहाँ दो बार दिया गया है; Tulana यह अनुमान नहीं लगाएगा कि कौन-सा अभिप्रेत है: इनमें से एक रखें</translation>
    </message>
    <message>
        <source>lists and objects nest more than %1 deep here, deeper than anything Tulana writes: the file is damaged or is not what it claims to be</source>
        <translation>यहाँ सूचियाँ और ऑब्जेक्ट %1 स्तरों से अधिक गहराई तक एक-दूसरे के भीतर हैं, Tulana द्वारा लिखी किसी भी चीज़ से अधिक: फ़ाइल क्षतिग्रस्त है या वह नहीं है जो होने का दावा करती है</translation>
    </message>
    <message>
        <source>%1 is beyond any amount Tulana takes (up to 10^15): check the figure</source>
        <translation>%1 Tulana द्वारा स्वीकार की जाने वाली किसी भी राशि (10^15 तक) से परे है: आँकड़ा जाँचें</translation>
    </message>
    <message>
        <source>the criteria go more than %1 levels deep here; a tender&apos;s criteria may go %1 levels deep at most</source>
        <translation>यहाँ मानदंड %1 स्तरों से अधिक गहरे हैं; किसी निविदा के मानदंड अधिकतम %1 स्तर गहरे हो सकते हैं</translation>
    </message>
    <message>
        <source>  validate FILE [--format F]     check a tender file; list every problem with its place;
                                 F is text (default) or json (with JSON paths)
</source>
        <translation>  validate FILE [--format F]     निविदा फ़ाइल जाँचें; हर समस्या उसके स्थान सहित बताएँ;
                                 F है text (डिफ़ॉल्ट) या json (JSON पथों सहित)
</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;</source>
        <translation>--format text या json है, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>bid no. %1</source>
        <translation>बोली सं. %1</translation>
    </message>
    <message>
        <source>criterion no. %1</source>
        <translation>मानदंड सं. %1</translation>
    </message>
    <message>
        <source>member no. %1</source>
        <translation>सदस्य सं. %1</translation>
    </message>
    <message>
        <source>%1, member no. %2</source>
        <translation>%1, सदस्य सं. %2</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, मद %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>मद %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the record as UTF-8</source>
        <translation>पाठ मान्य UTF-8 नहीं है; रिकॉर्ड को UTF-8 में सहेजें</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n records (YAML documents separated by ---); give one record per file</source>
        <translation>
            <numerusform>फ़ाइल में %n रिकॉर्ड है (--- से अलग YAML दस्तावेज़); हर फ़ाइल में एक रिकॉर्ड दें</numerusform>
            <numerusform>फ़ाइल में %n रिकॉर्ड हैं (--- से अलग YAML दस्तावेज़); हर फ़ाइल में एक रिकॉर्ड दें</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too small a number for this field</source>
        <translation>%1 इस फ़ील्ड के लिए बहुत छोटी संख्या है</translation>
    </message>
    <message>
        <source>this is not valid JSON: a NUL byte after the end of the document (a binary file, or two files run together?)</source>
        <translation>यह मान्य JSON नहीं है: दस्तावेज़ के अंत के बाद एक NUL बाइट है (कोई बाइनरी फ़ाइल, या दो फ़ाइलें आपस में जुड़ गई हैं?)</translation>
    </message>
    <message>
        <source>  verify-memo FILE MEMO [--format F]
                                 check that MEMO is FILE&apos;s: its fingerprint, then
                                 everything it says, against the memo made again
                                 from FILE (in either order: a memo ends in .pdf,
                                 .odt, .html or .md); F is table (default) or json
</source>
        <translation>  verify-memo FILE MEMO [--format F]
                                 जाँचें कि MEMO, FILE का ही है: पहले उसका फिंगरप्रिंट,
                                 फिर उसमें लिखी हर बात, FILE से फिर से बने ज्ञापन
                                 से मिलाकर (किसी भी क्रम में: ज्ञापन का नाम .pdf,
                                 .odt, .html या .md पर समाप्त होता है); F table (डिफ़ॉल्ट) या json है
</translation>
    </message>
    <message>
        <source>Not verified: %1.</source>
        <translation>सत्यापित नहीं: %1।</translation>
    </message>
    <message>
        <source>Everything the memo says is what the tender gives: its text was made again from %1 and compared.</source>
        <translation>ज्ञापन में लिखी हर बात वही है जो निविदा बताती है: उसका पाठ %1 से फिर से बनाकर मिलाया गया।</translation>
    </message>
    <message numerus="yes">
        <source>What the memo says differs from what the tender gives in %n place(s):</source>
        <translation>
            <numerusform>ज्ञापन में लिखी बात %n स्थान पर निविदा से भिन्न है:</numerusform>
            <numerusform>ज्ञापन में लिखी बात %n स्थान पर निविदा से भिन्न है:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … और %n अन्य।</numerusform>
            <numerusform>  … और %n अन्य।</numerusform>
        </translation>
    </message>
    <message>
        <source>The memo was made by Tulana %1, this is Tulana %2: a newer version may word a memo differently; make the memo again to compare.</source>
        <translation>ज्ञापन Tulana %1 से बना था, यह Tulana %2 है: नया संस्करण ज्ञापन के शब्द अलग ढंग से लिख सकता है; मिलाने के लिए ज्ञापन फिर से बनाएँ।</translation>
    </message>
    <message>
        <source>%1 was made from this tender as it stands: its fingerprint matches, and everything it says is what the tender gives.

%2</source>
        <translation>%1 इसी निविदा से, उसकी वर्तमान स्थिति में, बनाया गया था: उसका फिंगरप्रिंट मेल खाता है, और उसमें लिखी हर बात वही है जो निविदा बताती है।

%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… और %n अन्य।</numerusform>
            <numerusform>… और %n अन्य।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 carries this tender&apos;s fingerprint, but what it says differs from what the tender gives in %n place(s):

%2</source>
        <translation>
            <numerusform>%1 पर इस निविदा का फिंगरप्रिंट है, परंतु उसमें लिखी बात %n स्थान पर निविदा से भिन्न है:

%2</numerusform>
            <numerusform>%1 पर इस निविदा का फिंगरप्रिंट है, परंतु उसमें लिखी बात %n स्थान पर निविदा से भिन्न है:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 carries this tender&apos;s fingerprint, but %2.</source>
        <translation>%1 पर इस निविदा का फिंगरप्रिंट है, परंतु %2।</translation>
    </message>
    <message>
        <source>is not a PDF memo Tulana can read</source>
        <translation>ऐसा PDF ज्ञापन नहीं है जिसे Tulana पढ़ सके</translation>
    </message>
    <message>
        <source>is not an ODT memo Tulana can read: %1</source>
        <translation>ऐसा ODT ज्ञापन नहीं है जिसे Tulana पढ़ सके: %1</translation>
    </message>
    <message>
        <source>it has no content.xml</source>
        <translation>इसमें content.xml नहीं है</translation>
    </message>
    <message>
        <source>its content.xml is not well-formed XML</source>
        <translation>इसका content.xml सही ढंग से बना XML नहीं है</translation>
    </message>
    <message>
        <source>is not a memo: a memo ends in .pdf, .odt, .html or .md</source>
        <translation>ज्ञापन नहीं है: ज्ञापन का नाम .pdf, .odt, .html या .md पर समाप्त होता है</translation>
    </message>
    <message>
        <source>the memo does not record what it was made with (its language and date), as memos written before verify-memo compared their text do not, so only its fingerprint could be checked; make the memo again to check everything it says</source>
        <translation>ज्ञापन में यह दर्ज नहीं है कि वह किन विकल्पों (भाषा और तिथि) से बना था, जैसे verify-memo द्वारा पाठ की तुलना शुरू होने से पहले बने ज्ञापनों में नहीं होता, इसलिए केवल उसका फिंगरप्रिंट जाँचा जा सका; उसमें लिखी हर बात जाँचने के लिए ज्ञापन फिर से बनाएँ</translation>
    </message>
    <message>
        <source>the memo could not be made again from the tender: %1</source>
        <translation>निविदा से ज्ञापन फिर से नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source>it is not a whole ZIP archive</source>
        <translation>यह पूरा ZIP संग्रह नहीं है</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 a memo may have</source>
        <translation>इसमें %1 प्रविष्टियाँ हैं, ज्ञापन में अधिकतम %2 हो सकती हैं</translation>
    </message>
    <message>
        <source>its entry “%1” would be %2 MB uncompressed, more than the %3 MB an entry may have</source>
        <translation>इसकी प्रविष्टि “%1” असंपीड़ित होकर %2 MB की होगी, जबकि एक प्रविष्टि अधिकतम %3 MB की हो सकती है</translation>
    </message>
    <message>
        <source>its entries would be more than %1 MB uncompressed</source>
        <translation>इसकी प्रविष्टियाँ असंपीड़ित होकर %1 MB से अधिक होंगी</translation>
    </message>
    <message>
        <source>its entry “%1” does not hold the %2 bytes its header declares</source>
        <translation>इसकी प्रविष्टि “%1” में उतने %2 बाइट नहीं हैं जितने उसका हेडर बताता है</translation>
    </message>
    <message>
        <source>its entry “%1” is compressed in a way Tulana does not read (method %2)</source>
        <translation>इसकी प्रविष्टि “%1” ऐसी विधि से संपीड़ित है जिसे Tulana नहीं पढ़ता (विधि %2)</translation>
    </message>
    <message>
        <source>the title block</source>
        <translation>शीर्ष भाग</translation>
    </message>
    <message>
        <source>the annex&apos;s “%1”</source>
        <translation>अनुलग्नक का “%1”</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>खंड %1</translation>
    </message>
    <message>
        <source>the signatures</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>the fingerprint</source>
        <translation>फिंगरप्रिंट</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>पृष्ठ %1: %2</translation>
    </message>
    <message>
        <source>the number of pages</source>
        <translation>पृष्ठों की संख्या</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1, %2</source>
        <translation>पृष्ठ %1, %2</translation>
    </message>
    <message>
        <source>the memo has nothing there</source>
        <translation>ज्ञापन में वहाँ कुछ नहीं है</translation>
    </message>
    <message>
        <source>the memo says “%1”</source>
        <translation>ज्ञापन में लिखा है “%1”</translation>
    </message>
    <message>
        <source>the tender gives nothing there</source>
        <translation>निविदा के अनुसार वहाँ कुछ नहीं है</translation>
    </message>
    <message>
        <source>the tender gives “%1”</source>
        <translation>निविदा के अनुसार “%1”</translation>
    </message>
    <message>
        <source>%1: the memo&apos;s formatting differs: %2; %3</source>
        <translation>%1: ज्ञापन का स्वरूपण भिन्न है: %2; %3</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>%1 carries the fingerprint of the evaluation in %2
fingerprint %3</source>
        <translation>%1 पर %2 के मूल्यांकन का फ़िंगरप्रिंट है
फ़िंगरप्रिंट %3</translation>
    </message>
    <message>
        <source>export-ocds takes one FILE</source>
        <translation>export-ocds एक FILE लेता है</translation>
    </message>
    <message>
        <source>--ocid-prefix must be &quot;ocds-&quot; and six lowercase letters or digits, like %1, not &quot;%2&quot;</source>
        <translation>--ocid-prefix &quot;ocds-&quot; और छह छोटे अक्षर या अंक होना चाहिए, जैसे %1, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date YYYY-MM-DD रूप में एक तिथि होनी चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>export-xlsx takes one FILE</source>
        <translation>export-xlsx एक FILE लेता है</translation>
    </message>
    <message>
        <source>export-xlsx needs --out OUT.xlsx</source>
        <translation>export-xlsx के लिए --out OUT.xlsx आवश्यक है</translation>
    </message>
    <message>
        <source>the workbook&apos;s name must end in .xlsx: &quot;%1&quot;</source>
        <translation>वर्कबुक का नाम .xlsx पर समाप्त होना चाहिए: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  export-xlsx FILE --out OUT.xlsx
                                 write the evaluation as an Excel workbook in which
                                 every score is a formula over the marks and prices
</source>
        <translation>  export-xlsx FILE --out OUT.xlsx
                                 मूल्यांकन को Excel वर्कबुक के रूप में लिखें जिसमें
                                 हर स्कोर अंकों और मूल्यों पर एक सूत्र है
</translation>
    </message>
    <message>
        <source>  export-ocds FILE [--out OUT.json] [--ocid-prefix P] [--date YYYY-MM-DD]
                                 publish the award as an OCDS 1.1 release package with
                                 the bids and their scores (to stdout without --out)
</source>
        <translation>  export-ocds FILE [--out OUT.json] [--ocid-prefix P] [--date YYYY-MM-DD]
                                 अधिनिर्णय को बोलियों और उनके स्कोर सहित OCDS 1.1
                                 रिलीज़ पैकेज के रूप में प्रकाशित करें (--out के बिना stdout पर)
</translation>
    </message>
    <message>
        <source>  import-ocds RELEASE --out FILE start a tender from a published OCDS release or
                                 record package and list what it could not fill in
</source>
        <translation>  import-ocds RELEASE --out FILE प्रकाशित OCDS रिलीज़ या रिकॉर्ड पैकेज से निविदा
                                 आरंभ करें और बताएँ कि क्या नहीं भरा जा सका
</translation>
    </message>
    <message>
        <source>  sensitivity FILE [--format F] [--draws N] [--seed S] [--weight-range PCT]
                    [--draw-marks] [--threads T]
                                 how robust the award is: the technical weights and
                                 criterion weights it holds over, the price and
                                 technical score each bid would need to win, each
                                 member left out, and rank acceptability over N draws
                                 of weights within ±PCT% (default 10000, 10); F is
                                 table (default) or json
</source>
        <translation>  sensitivity FILE [--format F] [--draws N] [--seed S] [--weight-range PCT]
                    [--draw-marks] [--threads T]
                                 अधिनिर्णय कितना सुदृढ़ है: वे तकनीकी और मानदंड भारांक
                                 जिन पर वह टिका रहता है, हर बोली को जीतने के लिए
                                 आवश्यक मूल्य और तकनीकी स्कोर, हर सदस्य को छोड़कर
                                 परिणाम, और ±PCT% के भीतर भारांकों के N ड्रॉ पर रैंक
                                 स्वीकार्यता (डिफ़ॉल्ट 10000, 10); F है table
                                 (डिफ़ॉल्ट) या json
</translation>
    </message>
    <message>
        <source>  import-bids FILE BIDS [--out OUT] [--sheet NAME]
                                 add the bids in BIDS (CSV, or a sheet of an XLSX
                                 workbook) to the tender and save it (to OUT, or FILE
                                 itself); nothing is written if any row is wrong
  import-bids FILE --template T  write the sheet the import expects (T ends in .xlsx
                                 or .csv)
</source>
        <translation>  import-bids FILE BIDS [--out OUT] [--sheet NAME]
                                 BIDS (CSV, या XLSX वर्कबुक की एक शीट) की बोलियाँ निविदा
                                 में जोड़ें और उसे सहेजें (OUT में, या FILE में ही); किसी
                                 पंक्ति में त्रुटि हो तो कुछ नहीं लिखा जाता
  import-bids FILE --template T  वह शीट लिखें जिसकी आयात अपेक्षा करता है (T का नाम
                                 .xlsx या .csv पर समाप्त)
</translation>
    </message>
    <message>
        <source>import-bids --template takes only the tender FILE</source>
        <translation>import-bids --template केवल निविदा FILE लेता है</translation>
    </message>
    <message>
        <source>import-bids takes a tender FILE and a CSV or XLSX file</source>
        <translation>import-bids एक निविदा FILE और एक CSV या XLSX फ़ाइल लेता है</translation>
    </message>
    <message>
        <source>import-ocds takes one RELEASE file</source>
        <translation>import-ocds एक RELEASE फ़ाइल लेता है</translation>
    </message>
    <message>
        <source>import-ocds needs --out FILE.tulana</source>
        <translation>import-ocds के लिए --out FILE.tulana आवश्यक है</translation>
    </message>
    <message>
        <source>the file already exists; give a new name</source>
        <translation>फ़ाइल पहले से मौजूद है; नया नाम दें</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 from %2 with %n bid(s).</source>
        <translation>
            <numerusform>%2 से %1 आरंभ की गई, %n बोली के साथ।</numerusform>
            <numerusform>%2 से %1 आरंभ की गई, %n बोलियों के साथ।</numerusform>
        </translation>
    </message>
    <message>
        <source>To complete, as the release does not say:</source>
        <translation>पूरा करना है, क्योंकि रिलीज़ में नहीं बताया गया:</translation>
    </message>
    <message>
        <source>sensitivity takes one FILE</source>
        <translation>sensitivity एक FILE लेता है</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 0 to 100000000, not &quot;%1&quot;</source>
        <translation>--draws 0 से 100000000 तक की पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--seed 0 या उससे अधिक की पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>--weight-range must be a percentage from 0 to 100, not &quot;%1&quot;</source>
        <translation>--weight-range 0 से 100 तक का प्रतिशत होना चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>--threads must be a whole number from 0 to 256, not &quot;%1&quot;</source>
        <translation>--threads 0 से 256 तक की पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं</translation>
    </message>
    <message>
        <source>Without %1&apos;s marks: %2 still wins.</source>
        <translation>%1 के अंकों के बिना: %2 फिर भी जीतती है।</translation>
    </message>
    <message>
        <source>Without %1&apos;s marks: %2 would win instead.</source>
        <translation>%1 के अंकों के बिना: इसके स्थान पर %2 जीतती।</translation>
    </message>
    <message>
        <source>Without %1&apos;s marks: a bid whose price is sealed would decide.</source>
        <translation>%1 के अंकों के बिना: एक मुहरबंद मूल्य वाली बोली निर्णय करती।</translation>
    </message>
    <message>
        <source>Without %1&apos;s marks: no bid would win.</source>
        <translation>%1 के अंकों के बिना: कोई बोली नहीं जीतती।</translation>
    </message>
    <message>
        <source>The committee has a single member: there is no one to leave out.</source>
        <translation>समिति में एक ही सदस्य है: अलग रखने को कोई नहीं है।</translation>
    </message>
    <message>
        <source>Resampling the members&apos; marks (%1 draws, seed %2): %3 wins in %4 of them.</source>
        <translation>सदस्यों के अंकों के पुनः नमूने (%1 ड्रॉ, सीड %2): %3 उनमें से %4 में जीतती है।</translation>
    </message>
    <message>
        <source>no temporary file to read the workbook from: %1</source>
        <translation>वर्कबुक पढ़ने के लिए कोई अस्थायी फ़ाइल नहीं: %1</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): not a ZIP archive</source>
        <translation>यह Excel वर्कबुक (.xlsx) नहीं है: ZIP संग्रह नहीं है</translation>
    </message>
    <message>
        <source>it has more than %1 parts, more than a workbook of bids has</source>
        <translation>इसमें %1 से अधिक भाग हैं, बोलियों की वर्कबुक से कहीं अधिक</translation>
    </message>
    <message>
        <source>its part %1 cannot be read</source>
        <translation>इसका भाग %1 पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than %2 MB; a workbook of bids is far smaller</source>
        <translation>इसका भाग %1 खुलने पर %2 MB से बड़ा होता है; बोलियों की वर्कबुक इससे बहुत छोटी होती है</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>इसका भाग %1 क्षतिग्रस्त है</translation>
    </message>
    <message>
        <source>a cell has no reference or a wrong one (&quot;%1&quot;)</source>
        <translation>किसी सेल का संदर्भ नहीं है या गलत है (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the cell %1 points to a shared string that is not there</source>
        <translation>सेल %1 ऐसी साझा स्ट्रिंग की ओर संकेत करता है जो मौजूद नहीं है</translation>
    </message>
    <message>
        <source>a sheet&apos;s XML is damaged: %1</source>
        <translation>किसी शीट का XML क्षतिग्रस्त है: %1</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): it has no xl/workbook.xml</source>
        <translation>यह Excel वर्कबुक (.xlsx) नहीं है: इसमें xl/workbook.xml नहीं है</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>वर्कबुक में कोई शीट नहीं है</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;; its sheets are %2</source>
        <translation>वर्कबुक में &quot;%1&quot; नाम की कोई शीट नहीं है; इसकी शीटें हैं %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet %1 is missing</source>
        <translation>वर्कबुक की शीट %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>Criterion weights over which the award holds (points)</source>
        <translation>मानदंड भारांक जिन पर अधिनिर्णय बना रहता है (अंक)</translation>
    </message>
    <message>
        <source>Announced weight</source>
        <translation>घोषित भारांक</translation>
    </message>
    <message>
        <source>The award holds from … to</source>
        <translation>अधिनिर्णय … से … तक बना रहता है</translation>
    </message>
    <message>
        <source>Nearest first: the criteria whose announced weight is nearest, for its size, to an end of its range. While one weight moves, every other weight is rescaled in proportion so that together they still make %1 points.</source>
        <translation>निकटतम पहले: वे मानदंड जिनका घोषित भारांक, अपने आकार के अनुपात में, अपनी सीमा के किसी छोर के सबसे निकट है। जब एक भारांक बदलता है, तो हर अन्य भारांक अनुपात में बदला जाता है ताकि सबका योग %1 अंक ही रहे।</translation>
    </message>
    <message>
        <source>Criteria and groups not listed, each further from an end of its range: %1.</source>
        <translation>सूची में न दिए गए मानदंड और समूह, प्रत्येक अपनी सीमा के छोर से अधिक दूर: %1।</translation>
    </message>
    <message>
        <source>Each other ranked bid, had its price alone been different:</source>
        <translation>प्रत्येक अन्य क्रमित बोली, यदि केवल उसका मूल्य भिन्न होता:</translation>
    </message>
    <message>
        <source>Lower-ranked bids not listed: %1.</source>
        <translation>सूची में न दी गई निचले क्रम की बोलियाँ: %1।</translation>
    </message>
    <message>
        <source>Robustness of the award</source>
        <translation>अधिनिर्णय की सुदृढ़ता</translation>
    </message>
    <message>
        <source>The robustness of the award is not analysed: %1.</source>
        <translation>अधिनिर्णय की सुदृढ़ता का विश्लेषण नहीं किया गया: %1।</translation>
    </message>
    <message>
        <source>Would the award stand had a weight, a price or one member&apos;s marks been different? The figures below are worked out exactly from the evaluation; they test the award and do not change it. Prices are evaluated prices, in %1.</source>
        <translation>यदि कोई भारांक, कोई मूल्य या किसी एक सदस्य के अंक भिन्न होते, तो क्या अधिनिर्णय बना रहता? नीचे के आँकड़े मूल्यांकन से सटीक रूप से निकाले गए हैं; वे अधिनिर्णय को परखते हैं, उसे बदलते नहीं। मूल्य मूल्यांकित मूल्य हैं, %1 में।</translation>
    </message>
    <message>
        <source>The award therefore holds over no range of a weight or of a price, and none is stated here.</source>
        <translation>इसलिए अधिनिर्णय किसी भारांक या मूल्य की किसी भी सीमा पर बना नहीं रहता, और यहाँ कोई सीमा नहीं बताई गई है।</translation>
    </message>
    <message>
        <source>The award holds for each criterion&apos;s weight within the ranges below.</source>
        <translation>नीचे दी गई सीमाओं के भीतर प्रत्येक मानदंड के भारांक पर अधिनिर्णय बना रहता है।</translation>
    </message>
    <message>
        <source>Every threshold is worked on the unrounded scores: at a threshold the two bids tie, and within a few hundredths of a point of it the announced rounding and tie-break decide. No financial proposal that was not opened is used.</source>
        <translation>हर सीमा बिना पूर्णांकन वाले स्कोरों पर निकाली गई है: सीमा पर दोनों बोलियाँ बराबर होती हैं, और उससे एक अंक के कुछ सौवें भाग के भीतर घोषित पूर्णांकन और टाई-ब्रेक निर्णय करते हैं। कोई भी ऐसा वित्तीय प्रस्ताव प्रयुक्त नहीं किया गया जो खोला नहीं गया।</translation>
    </message>
    <message>
        <source>the record package has no compiled release</source>
        <translation>रिकॉर्ड पैकेज में कोई संकलित रिलीज़ नहीं है</translation>
    </message>
    <message>
        <source>the release package has no releases</source>
        <translation>रिलीज़ पैकेज में कोई रिलीज़ नहीं है</translation>
    </message>
    <message>
        <source>it is not OCDS: no releases, records or ocid</source>
        <translation>यह OCDS नहीं है: कोई releases, records या ocid नहीं</translation>
    </message>
    <message>
        <source>the committee&apos;s members (OCDS does not list evaluators): add them on the Committee page</source>
        <translation>समिति के सदस्य (OCDS मूल्यांकनकर्ताओं की सूची नहीं देता): उन्हें समिति पृष्ठ पर जोड़ें</translation>
    </message>
    <message>
        <source>the selection method (the release has no award criteria): QCBS is assumed</source>
        <translation>चयन पद्धति (रिलीज़ में अधिनिर्णय मानदंड नहीं हैं): QCBS माना गया है</translation>
    </message>
    <message>
        <source>the award criteria &quot;%1&quot; (not a method Tulana knows): QCBS is assumed</source>
        <translation>अधिनिर्णय मानदंड &quot;%1&quot; (Tulana के लिए अज्ञात पद्धति): QCBS माना गया है</translation>
    </message>
    <message>
        <source>the minimum technical score, price formula, rounding and tie-break: Tulana&apos;s defaults are set; check them against the tender document</source>
        <translation>न्यूनतम तकनीकी स्कोर, मूल्य सूत्र, पूर्णांकन और टाई-ब्रेक: Tulana के डिफ़ॉल्ट रखे गए हैं; इन्हें निविदा दस्तावेज़ से मिलाएँ</translation>
    </message>
    <message>
        <source>lots after the first (%1 in all): only the first lot&apos;s award criteria are read</source>
        <translation>पहले के बाद के लॉट (कुल %1): केवल पहले लॉट के अधिनिर्णय मानदंड पढ़े गए हैं</translation>
    </message>
    <message>
        <source>the technical criteria (the release has no award criteria breakdown): add them on the Criteria page</source>
        <translation>तकनीकी मानदंड (रिलीज़ में अधिनिर्णय मानदंडों का विभाजन नहीं है): उन्हें मानदंड पृष्ठ पर जोड़ें</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot;: its weight is not given as a percentage or a decimal</source>
        <translation>मानदंड &quot;%1&quot;: इसका भारांक प्रतिशत या दशमलव में नहीं दिया गया है</translation>
    </message>
    <message>
        <source>each criterion&apos;s maximum marks and sub-criteria (OCDS gives only weights): 10 marks each is set</source>
        <translation>प्रत्येक मानदंड के अधिकतम अंक और उप-मानदंड (OCDS केवल भारांक देता है): प्रत्येक के लिए 10 अंक रखे गए हैं</translation>
    </message>
    <message>
        <source>withdrawn (from the OCDS release)</source>
        <translation>वापस ली गई (OCDS रिलीज़ के अनुसार)</translation>
    </message>
    <message>
        <source>the bids (the release lists no bids or tenderers)</source>
        <translation>बोलियाँ (रिलीज़ में कोई बोली या बोलीदाता सूचीबद्ध नहीं है)</translation>
    </message>
    <message>
        <source>each bid&apos;s system, its nature (open source, proprietary or mixed) and its marks: OCDS has no fields for them</source>
        <translation>प्रत्येक बोली की प्रणाली, उसकी प्रकृति (खुला स्रोत, स्वामित्व वाली या मिश्रित) और उसके अंक: OCDS में इनके लिए फ़ील्ड नहीं हैं</translation>
    </message>
    <message>
        <source>each bid&apos;s tax: a bid&apos;s value is read as its price, tax included</source>
        <translation>प्रत्येक बोली का कर: बोली का मूल्य कर सहित मूल्य के रूप में पढ़ा गया है</translation>
    </message>
    <message>
        <source>%1: technical %2%, financial %3%; minimum technical score %4</source>
        <translation>%1: तकनीकी %2%, वित्तीय %3%; न्यूनतम तकनीकी स्कोर %4</translation>
    </message>
    <message>
        <source>Openness of the AI system</source>
        <translation>एआई प्रणाली का खुलापन</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>उपलब्ध नहीं: %1।</translation>
    </message>
    <message>
        <source>Thresholds are worked on unrounded scores; a sealed price is never used.</source>
        <translation>सीमाएँ अपूर्णांकित स्कोर पर निकाली गई हैं; किसी मुहरबंद मूल्य का कभी उपयोग नहीं होता।</translation>
    </message>
    <message>
        <source>Criterion weights (the others rescaled; least slack first)</source>
        <translation>मानदंड भारांक (बाकी अनुपात में समायोजित; सबसे कम गुंजाइश वाले पहले)</translation>
    </message>
    <message>
        <source>holds from %1 to %2 of %3 points</source>
        <translation>%3 अंकों में से %1 से %2 तक टिका रहता है</translation>
    </message>
    <message>
        <source>Price to win (evaluated prices)</source>
        <translation>जीतने के लिए मूल्य (मूल्यांकित मूल्य)</translation>
    </message>
    <message>
        <source>Technical score to win</source>
        <translation>जीतने के लिए तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Committees redrawn from its members (%1 draws, seed %2):</source>
        <translation>इसके सदस्यों से पुनः चुनी गई समितियाँ (%1 ड्रॉ, सीड %2):</translation>
    </message>
    <message>
        <source>Rank acceptability (%1 draws, seed %2, weights ±%3%, technical weight %4%–%5%)</source>
        <translation>रैंक स्वीकार्यता (%1 ड्रॉ, सीड %2, भारांक ±%3%, तकनीकी भारांक %4%–%5%)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>रैंक %1</translation>
    </message>
    <message>
        <source>below the minimum %1</source>
        <translation>न्यूनतम से नीचे %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>विश्वास %1</translation>
    </message>
    <message>
        <source>In %1 of draws a bid whose price is sealed would qualify.</source>
        <translation>%1 ड्रॉ में ऐसी बोली अर्हता प्राप्त करती जिसका मूल्य मुहरबंद है।</translation>
    </message>
    <message>
        <source>a bid whose price is sealed would qualify</source>
        <translation>ऐसी बोली योग्य हो जाती जिसका मूल्य मुहरबंद है</translation>
    </message>
    <message>
        <source>no bid</source>
        <translation>कोई बोली नहीं</translation>
    </message>
    <message>
        <source>a bid whose price is sealed would qualify, and its price would decide</source>
        <translation>ऐसी बोली अर्हता प्राप्त करती जिसका मूल्य मुहरबंद है, और उसका मूल्य निर्णय करता</translation>
    </message>
    <message>
        <source>no bid wins</source>
        <translation>कोई बोली नहीं जीतती</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 जीतती है</translation>
    </message>
    <message>
        <source>%1 (the least the rulebook allows)</source>
        <translation>%1 (नियम-पुस्तिका द्वारा अनुमत न्यूनतम)</translation>
    </message>
    <message>
        <source>%1 (the most the rulebook allows)</source>
        <translation>%1 (नियम-पुस्तिका द्वारा अनुमत अधिकतम)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>%1 wins at the announced technical weight of %2 only through the announced rounding and tie-break: on unrounded scores another bid is ahead.</source>
        <translation>%2 के घोषित तकनीकी भारांक पर %1 केवल घोषित पूर्णांकन और टाई-ब्रेक के कारण जीतती है: बिना पूर्णांकन वाले स्कोरों पर कोई अन्य बोली आगे है।</translation>
    </message>
    <message>
        <source>%1 wins for any technical weight %2.</source>
        <translation>%2 किसी भी तकनीकी भारांक पर %1 जीतती है।</translation>
    </message>
    <message>
        <source>Below %1, %2.</source>
        <translation>%1 से नीचे, %2।</translation>
    </message>
    <message>
        <source>Above %1, %2.</source>
        <translation>%1 से ऊपर, %2।</translation>
    </message>
    <message>
        <source>No technical weight the rulebook allows changes the winner.</source>
        <translation>नियम-पुस्तिका द्वारा अनुमत कोई भी तकनीकी भारांक विजेता नहीं बदलता।</translation>
    </message>
    <message>
        <source>The announced weight is %1.</source>
        <translation>घोषित भारांक %1 है।</translation>
    </message>
    <message>
        <source>%1 would win at any evaluated price.</source>
        <translation>%1 किसी भी मूल्यांकित मूल्य पर जीतती।</translation>
    </message>
    <message>
        <source>%1 would still win up to an evaluated price of %2 (%3 above its price of %4).</source>
        <translation>%1 %2 तक के मूल्यांकित मूल्य पर भी जीतती (अपने %4 के मूल्य से %3 अधिक)।</translation>
    </message>
    <message>
        <source>%1 cannot win on price alone: its technical score is %2 points below the winner&apos;s.</source>
        <translation>%1 केवल मूल्य के बल पर नहीं जीत सकती: उसका तकनीकी स्कोर विजेता के स्कोर से %2 अंक कम है।</translation>
    </message>
    <message>
        <source>%1 would win below an evaluated price of %2, a cut of %3 from %4.</source>
        <translation>%1 %2 से कम मूल्यांकित मूल्य पर जीतती, जो %4 से %3 की कटौती है।</translation>
    </message>
    <message>
        <source>%1 cannot win on technical marks alone, even with full marks.</source>
        <translation>%1 केवल तकनीकी अंकों से नहीं जीत सकती, पूरे अंकों के साथ भी नहीं।</translation>
    </message>
    <message>
        <source>%1 more on %2</source>
        <translation>%2 पर %1 अधिक</translation>
    </message>
    <message>
        <source>%1 would win with a technical score above %2 (now %3).</source>
        <translation>%1 तकनीकी स्कोर %2 से ऊपर होने पर जीतती (अभी %3)।</translation>
    </message>
    <message>
        <source>The fewest extra marks (committee average) that do it: %1.</source>
        <translation>ऐसा करने वाले सबसे कम अतिरिक्त अंक (समिति औसत): %1।</translation>
    </message>
    <message>
        <source>The committee has one member: no member can be left out.</source>
        <translation>समिति में एक ही सदस्य है: किसी सदस्य को छोड़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>without %1&apos;s marks %2 would win</source>
        <translation>%1 के अंकों के बिना %2 जीतती</translation>
    </message>
    <message>
        <source>without %1&apos;s marks no bid would win</source>
        <translation>%1 के अंकों के बिना कोई बोली नहीं जीतती</translation>
    </message>
    <message>
        <source>Without any one member&apos;s marks the winner stays %1.</source>
        <translation>किसी भी एक सदस्य के अंकों के बिना विजेता %1 ही रहती है।</translation>
    </message>
    <message>
        <source>The award depends on single members: %1.</source>
        <translation>अधिनिर्णय अलग-अलग सदस्यों पर निर्भर है: %1।</translation>
    </message>
    <message>
        <source>the robustness analyses weigh quality against cost, so they apply to QCBS; under %1 the award turns on one score alone</source>
        <translation>सुदृढ़ता विश्लेषण गुणवत्ता को लागत के सापेक्ष तौलते हैं, इसलिए ये QCBS पर लागू होते हैं; %1 में अधिनिर्णय केवल एक स्कोर पर निर्भर करता है</translation>
    </message>
    <message>
        <source>there is no award to test yet</source>
        <translation>अभी जाँचने के लिए कोई अधिनिर्णय नहीं है</translation>
    </message>
    <message>
        <source>there is no award to test yet: %1</source>
        <translation>अभी जाँचने के लिए कोई अधिनिर्णय नहीं है: %1</translation>
    </message>
    <message>
        <source>Marks from 0 to %1.</source>
        <translation>0 से %1 तक अंक।</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>How the workbook uses it</source>
        <translation>वर्कबुक इसका उपयोग कैसे करती है</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>निविदा</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>पद्धति</translation>
    </message>
    <message>
        <source>Combined score = technical weight × technical score used + financial weight × financial score (Evaluation sheet).</source>
        <translation>संयुक्त स्कोर = तकनीकी भारांक × प्रयुक्त तकनीकी स्कोर + वित्तीय भारांक × वित्तीय स्कोर (Evaluation शीट)।</translation>
    </message>
    <message>
        <source>See the technical weight.</source>
        <translation>तकनीकी भारांक देखें।</translation>
    </message>
    <message>
        <source>A bid below it is not qualified; its price is not opened (Prices sheet).</source>
        <translation>इससे नीचे की बोली अर्हता प्राप्त नहीं करती; उसका मूल्य नहीं खोला जाता (Prices शीट)।</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>दशमलव</translation>
    </message>
    <message>
        <source>Each score is rounded with ROUND (half away from zero) as it is worked out.</source>
        <translation>हर स्कोर निकालते समय ROUND से पूर्णांकित किया जाता है (आधा शून्य से दूर)।</translation>
    </message>
    <message>
        <source>Only the combined score is rounded, with ROUND (half away from zero).</source>
        <translation>केवल संयुक्त स्कोर ROUND से पूर्णांकित किया जाता है (आधा शून्य से दूर)।</translation>
    </message>
    <message>
        <source>Financial score = 100 × lowest evaluated price among qualified bids / the bid&apos;s evaluated price.</source>
        <translation>वित्तीय स्कोर = 100 × अर्हताप्राप्त बोलियों में न्यूनतम मूल्यांकित मूल्य / बोली का मूल्यांकित मूल्य।</translation>
    </message>
    <message>
        <source>Financial score = 100 × (highest − price) / (highest − lowest), over qualified bids; 100 when all are equal.</source>
        <translation>वित्तीय स्कोर = 100 × (उच्चतम − मूल्य) / (उच्चतम − न्यूनतम), अर्हताप्राप्त बोलियों पर; सभी समान हों तो 100।</translation>
    </message>
    <message>
        <source>Technical score used</source>
        <translation>प्रयुक्त तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>100 × technical score / the highest among qualified bids.</source>
        <translation>100 × तकनीकी स्कोर / अर्हताप्राप्त बोलियों में उच्चतम।</translation>
    </message>
    <message>
        <source>The technical score itself.</source>
        <translation>स्वयं तकनीकी स्कोर।</translation>
    </message>
    <message>
        <source>Tie-break</source>
        <translation>टाई-ब्रेक</translation>
    </message>
    <message>
        <source>(the Rank column applies it; equal ranks are ties it cannot separate).</source>
        <translation>(Rank स्तंभ इसे लागू करता है; समान रैंक वे बराबरी हैं जिन्हें यह अलग नहीं कर सकता)।</translation>
    </message>
    <message>
        <source>FBS: a bid whose evaluated price is above it is not ranked.</source>
        <translation>FBS: जिस बोली का मूल्यांकित मूल्य इससे ऊपर हो उसे रैंक नहीं दी जाती।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Points per mark</source>
        <translation>प्रति अंक बिंदु</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>अंकित</translation>
    </message>
    <message>
        <source>Technical (unrounded)</source>
        <translation>तकनीकी (अपूर्णांकित)</translation>
    </message>
    <message>
        <source>Criterion minima met</source>
        <translation>मानदंड न्यूनतम पूरे</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>अर्हताप्राप्त</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खोली गई</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>Technical used</source>
        <translation>प्रयुक्त तकनीकी</translation>
    </message>
    <message>
        <source>Lowest evaluated price (Fm)</source>
        <translation>न्यूनतम मूल्यांकित मूल्य (Fm)</translation>
    </message>
    <message>
        <source>Highest evaluated price</source>
        <translation>उच्चतम मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Highest technical score</source>
        <translation>उच्चतम तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>विजेता</translation>
    </message>
    <message>
        <source>no award</source>
        <translation>कोई अधिनिर्णय नहीं</translation>
    </message>
    <message>
        <source>Combined score by bid</source>
        <translation>बोली के अनुसार संयुक्त स्कोर</translation>
    </message>
    <message>
        <source>no temporary folder for the workbook: %1</source>
        <translation>वर्कबुक के लिए कोई अस्थायी फ़ोल्डर नहीं: %1</translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation>वर्कबुक आरंभ नहीं की जा सकी</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>वर्कबुक लिखी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>the workbook could not be read back: %1</source>
        <translation>वर्कबुक वापस पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>the robustness of the award is not analysed: %1</source>
        <translation>अधिनिर्णय की सुदृढ़ता का विश्लेषण नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>the award rests on the announced rounding and tie-break, so it holds over no range of a weight or a price</source>
        <translation>अधिनिर्णय घोषित पूर्णांकन और टाई-ब्रेक पर टिका है, इसलिए वह किसी भारांक या मूल्य की किसी भी सीमा पर बना नहीं रहता</translation>
    </message>
    <message>
        <source>bid %1 already wins at the announced technical weight</source>
        <translation>बोली %1 घोषित तकनीकी भारांक पर पहले से जीतती है</translation>
    </message>
    <message>
        <source>bid %1 wins at no technical weight</source>
        <translation>बोली %1 किसी भी तकनीकी भारांक पर नहीं जीतती</translation>
    </message>
    <message>
        <source>bid %1 is not ranked, so it has no price to win</source>
        <translation>बोली %1 क्रमित नहीं है, इसलिए उसका कोई जीतने का मूल्य नहीं है</translation>
    </message>
    <message>
        <source>bid %1 already wins: it needs no cut</source>
        <translation>बोली %1 पहले से जीतती है: उसे किसी कटौती की आवश्यकता नहीं है</translation>
    </message>
    <message>
        <source>bid %1 wins at any price</source>
        <translation>बोली %1 किसी भी मूल्य पर जीतती है</translation>
    </message>
    <message>
        <source>bid %1 cannot win on price alone</source>
        <translation>बोली %1 केवल मूल्य के बल पर नहीं जीत सकती</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of combined, technical, financial, evaluatedPrice, lifecycleCost, rank, priceToWin, priceCutToWin, technicalWeightToWin</source>
        <translation>&quot;%1&quot; combined, technical, financial, evaluatedPrice, lifecycleCost, rank, priceToWin, priceCutToWin, technicalWeightToWin में से नहीं है</translation>
    </message>
    <message>
        <source>committee takes one FILE</source>
        <translation>committee एक FILE लेता है</translation>
    </message>
    <message>
        <source>  committee FILE [--format F]    how far the committee&apos;s members disagree: each
                                 criterion&apos;s spread in the announced bands, marks
                                 unlike the others (robust z), each member&apos;s leniency,
                                 whether one member decides the award and whether
                                 moderation changed the winner; F is table (default)
                                 or json
</source>
        <translation>  committee FILE [--format F]    समिति के सदस्य कितने असहमत हैं: घोषित श्रेणियों में
                                 प्रत्येक मानदंड का अंतर, अन्य से भिन्न अंक (रोबस्ट z),
                                 प्रत्येक सदस्य की उदारता, क्या एक सदस्य अधिनिर्णय तय
                                 करता है और क्या संशोधन से विजेता बदला; F है table
                                 (डिफ़ॉल्ट) या json
</translation>
    </message>
    <message>
        <source>  sheet issue FILE --member ID --out SHEET --key KEY
                                 issue a committee member their evaluator sheet: the
                                 criteria and the bids&apos; technical side, no price, no
                                 other member&apos;s marks; logged in FILE
  sheet csv SHEET [--out CSV]    the sheet as a CSV to fill in a spreadsheet
  sheet sign SHEET --key KEY [--marks CSV] [--out OUT]
                                 the member fills (from CSV) and signs their sheet
  sheet receive FILE SHEET --key KEY
                                 check a signed sheet against the member&apos;s key and the
                                 tender, log its receipt, then take in its marks
</source>
        <translation>  sheet issue FILE --member ID --out SHEET --key KEY
                                 समिति सदस्य को उसका मूल्यांकन पत्रक जारी करें: मानदंड
                                 और बोलियों का तकनीकी पक्ष, कोई मूल्य नहीं, किसी अन्य
                                 सदस्य के अंक नहीं; FILE में दर्ज
  sheet csv SHEET [--out CSV]    स्प्रेडशीट में भरने के लिए पत्रक CSV के रूप में
  sheet sign SHEET --key KEY [--marks CSV] [--out OUT]
                                 सदस्य अपना पत्रक भरता है (CSV से) और हस्ताक्षर करता है
  sheet receive FILE SHEET --key KEY
                                 हस्ताक्षरित पत्रक को सदस्य की कुंजी और निविदा से जाँचें,
                                 उसकी प्राप्ति दर्ज करें, फिर उसके अंक लें
</translation>
    </message>
    <message>
        <source>  moderate FILE --bid ID --criterion ID --member ID --marks N --reason TEXT
                    [--key KEY]  revise one member&apos;s mark with the committee&apos;s reason;
                                 the original is kept (signed with KEY in a recorded
                                 process)
</source>
        <translation>  moderate FILE --bid ID --criterion ID --member ID --marks N --reason TEXT
                    [--key KEY]  समिति के कारण के साथ एक सदस्य का अंक संशोधित करें;
                                 मूल अंक रखा जाता है (अभिलिखित प्रक्रिया में KEY से
                                 हस्ताक्षरित)
</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026, not &quot;%1&quot;</source>
        <translation>--year एक वर्ष होना चाहिए, जैसे 2026, न कि &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--nature must be open-source, proprietary or mixed, not &quot;%1&quot;</source>
        <translation>--nature open-source, proprietary या mixed होना चाहिए, न कि &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--departure must be yes or no, not &quot;%1&quot;</source>
        <translation>--departure yes या no होना चाहिए, न कि &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mof-class must be one of %1, not &quot;%2&quot;</source>
        <translation>--mof-class %1 में से एक होना चाहिए, न कि &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--status must be one of %1, not &quot;%2&quot;</source>
        <translation>--status %1 में से एक होना चाहिए, न कि &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a record&apos;s ID is a whole number above zero, not &quot;%1&quot;</source>
        <translation>अभिलेख की ID शून्य से बड़ी पूर्ण संख्या होती है, न कि &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Added record %1: %2</source>
        <translation>अभिलेख %1 जोड़ा गया: %2</translation>
    </message>
    <message>
        <source>Updated record %1: %2 (it was in the registry)</source>
        <translation>अभिलेख %1 अद्यतन किया गया: %2 (यह रजिस्टर में था)</translation>
    </message>
    <message>
        <source>status needs --set, one of %1</source>
        <translation>status को --set चाहिए, %1 में से एक</translation>
    </message>
    <message>
        <source>status needs --date, a date written YYYY-MM-DD</source>
        <translation>status को --date चाहिए, YYYY-MM-DD रूप में लिखी तिथि</translation>
    </message>
    <message>
        <source>Record %1 is %2 from %3</source>
        <translation>अभिलेख %1, %3 से %2 है</translation>
    </message>
    <message>
        <source>export needs --format csv, json or html</source>
        <translation>export को --format csv, json या html चाहिए</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export को --out FILE चाहिए</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>%1 लिखा (%n अभिलेख)</numerusform>
            <numerusform>%1 लिखा (%n अभिलेख)</numerusform>
        </translation>
    </message>
    <message>
        <source>registry add takes one FILE</source>
        <translation>registry add एक FILE लेता है</translation>
    </message>
    <message>
        <source>registry list takes no FILE or ID</source>
        <translation>registry list कोई FILE या ID नहीं लेता</translation>
    </message>
    <message>
        <source>registry show takes one ID</source>
        <translation>registry show एक ID लेता है</translation>
    </message>
    <message>
        <source>registry status takes one ID</source>
        <translation>registry status एक ID लेता है</translation>
    </message>
    <message>
        <source>registry export takes no FILE or ID</source>
        <translation>registry export कोई FILE या ID नहीं लेता</translation>
    </message>
    <message>
        <source>sheet issue takes FILE --member ID --out SHEET --key KEY</source>
        <translation>sheet issue के लिए FILE --member ID --out SHEET --key KEY चाहिए</translation>
    </message>
    <message>
        <source>Issued %1&apos;s evaluator sheet (%2 bids, %3 criteria) to %4; logged in %5.</source>
        <translation>%1 का मूल्यांकन पत्रक (%2 बोलियाँ, %3 मानदंड) %4 में जारी किया; %5 में दर्ज।</translation>
    </message>
    <message>
        <source>sheet sign takes SHEET --key KEY [--marks CSV]</source>
        <translation>sheet sign के लिए SHEET --key KEY [--marks CSV] चाहिए</translation>
    </message>
    <message>
        <source>this sheet is %1&apos;s; the key given is %2&apos;s</source>
        <translation>यह पत्रक %1 का है; दी गई कुंजी %2 की है</translation>
    </message>
    <message>
        <source>Signed %1&apos;s sheet: %2. Return it to the convenor.</source>
        <translation>%1 का पत्रक हस्ताक्षरित: %2। इसे संयोजक को लौटाएँ।</translation>
    </message>
    <message>
        <source>sheet receive takes FILE SHEET --key KEY</source>
        <translation>sheet receive के लिए FILE SHEET --key KEY चाहिए</translation>
    </message>
    <message>
        <source>Received the sheet; every member&apos;s sheet is in.</source>
        <translation>पत्रक प्राप्त हुआ; हर सदस्य का पत्रक आ गया है।</translation>
    </message>
    <message>
        <source>Received the sheet; still awaited: %1.</source>
        <translation>पत्रक प्राप्त हुआ; अभी प्रतीक्षा है: %1।</translation>
    </message>
    <message>
        <source>sheet takes issue FILE, csv SHEET, sign SHEET or receive FILE SHEET (tulana-cli sheet --help)</source>
        <translation>sheet के साथ issue FILE, csv SHEET, sign SHEET या receive FILE SHEET दें (tulana-cli sheet --help)</translation>
    </message>
    <message>
        <source>moderate takes FILE --bid ID --criterion ID --member ID --marks N --reason TEXT [--key KEY]</source>
        <translation>moderate के लिए FILE --bid ID --criterion ID --member ID --marks N --reason TEXT [--key KEY] चाहिए</translation>
    </message>
    <message>
        <source>Moderated the mark; the original is kept beside it.</source>
        <translation>अंक संशोधित किया गया; मूल अंक उसके साथ रखा गया है।</translation>
    </message>
    <message>
        <source>a sheet is signed by its member&apos;s key, and the tender records no key for %1: announce the rules with the committee&apos;s keys first (docs/process.md)</source>
        <translation>पत्रक पर उसके सदस्य की कुंजी से हस्ताक्षर होते हैं, और निविदा में %1 की कोई कुंजी दर्ज नहीं है: पहले समिति की कुंजियों के साथ नियम घोषित करें (docs/process.md)</translation>
    </message>
    <message>
        <source>a sheet cannot be issued now: %1</source>
        <translation>अभी पत्रक जारी नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>this is not a Tulana evaluator sheet</source>
        <translation>यह Tulana मूल्यांकन पत्रक नहीं है</translation>
    </message>
    <message>
        <source>this sheet is of version %1; this Tulana reads version %2</source>
        <translation>यह पत्रक संस्करण %1 का है; यह Tulana संस्करण %2 पढ़ता है</translation>
    </message>
    <message>
        <source>the required section &quot;tender&quot; is missing</source>
        <translation>आवश्यक खंड &quot;tender&quot; नहीं है</translation>
    </message>
    <message>
        <source>the required section &quot;member&quot; is missing</source>
        <translation>आवश्यक खंड &quot;member&quot; नहीं है</translation>
    </message>
    <message>
        <source>is not a signature</source>
        <translation>हस्ताक्षर नहीं है</translation>
    </message>
    <message>
        <source>declare a conflict of interest with %1 (%2), or none</source>
        <translation>%1 (%2) के साथ हितों का टकराव घोषित करें, या कोई नहीं</translation>
    </message>
    <message>
        <source>say what your conflict of interest with %1 is</source>
        <translation>बताएँ कि %1 के साथ आपका हितों का टकराव क्या है</translation>
    </message>
    <message>
        <source>you declared a conflict of interest with %1 and do not mark it; remove your mark for &quot;%2&quot;</source>
        <translation>आपने %1 के साथ हितों का टकराव घोषित किया है और आप इसे अंक नहीं देते; &quot;%2&quot; के लिए अपना अंक हटाएँ</translation>
    </message>
    <message>
        <source>%1 is not yet marked on &quot;%2&quot;</source>
        <translation>%1 को &quot;%2&quot; पर अभी अंक नहीं दिया गया है</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot;: %3 is not a mark between 0 and %4</source>
        <translation>%1, &quot;%2&quot; पर: %3 शून्य और %4 के बीच का अंक नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a bid on this sheet</source>
        <translation>%1 इस पत्रक पर बोली नहीं है</translation>
    </message>
    <message>
        <source>a mark for %1 on &quot;%2&quot;, which is not on this sheet</source>
        <translation>%1 के लिए &quot;%2&quot; पर अंक, जो इस पत्रक पर नहीं है</translation>
    </message>
    <message>
        <source>there is no mark of %1 for %2 on &quot;%3&quot;</source>
        <translation>%1 का %2 के लिए &quot;%3&quot; पर कोई अंक नहीं है</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2 and has no mark for it to moderate</source>
        <translation>%1 ने %2 के साथ हितों का टकराव घोषित किया है और उसका संशोधित करने योग्य कोई अंक नहीं है</translation>
    </message>
    <message>
        <source>a moderated mark needs the committee&apos;s reason</source>
        <translation>संशोधित अंक के लिए समिति का कारण आवश्यक है</translation>
    </message>
    <message>
        <source>%1 is not a mark between 0 and the maximum of %2</source>
        <translation>%1 शून्य और अधिकतम %2 के बीच का अंक नहीं है</translation>
    </message>
    <message>
        <source>%1 has not marked %2 on &quot;%3&quot; yet: there is nothing to moderate</source>
        <translation>%1 ने अभी %2 को &quot;%3&quot; पर अंक नहीं दिया है: संशोधित करने को कुछ नहीं है</translation>
    </message>
    <message>
        <source>the mark is %1 already</source>
        <translation>अंक पहले से %1 है</translation>
    </message>
    <message>
        <source>in a recorded process a moderation is signed: give the key of the member who records it</source>
        <translation>अभिलिखित प्रक्रिया में संशोधन पर हस्ताक्षर होते हैं: इसे दर्ज करने वाले सदस्य की कुंजी दें</translation>
    </message>
    <message>
        <source>the committee moderates once every member&apos;s sheet is in; still awaited: %1</source>
        <translation>समिति हर सदस्य का पत्रक आने के बाद संशोधन करती है; अभी प्रतीक्षा है: %1</translation>
    </message>
    <message>
        <source>Mark of %1 for %2 on &quot;%3&quot; moderated from %4 to %5</source>
        <translation>%1 का %2 के लिए &quot;%3&quot; पर अंक %4 से %5 संशोधित</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; is missing</source>
        <translation>पंक्ति %1: स्तंभ &quot;%2&quot; नहीं है</translation>
    </message>
    <message>
        <source>line %1: %2 on &quot;%3&quot; is not on this sheet</source>
        <translation>पंक्ति %1: %2, &quot;%3&quot; पर, इस पत्रक पर नहीं है</translation>
    </message>
    <message>
        <source>line %1: write yes or no under &quot;conflict&quot;, not &quot;%2&quot;</source>
        <translation>पंक्ति %1: &quot;conflict&quot; के नीचे yes या no लिखें, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>line %1: the rows of %2 disagree on the conflict</source>
        <translation>पंक्ति %1: %2 की पंक्तियाँ टकराव पर असहमत हैं</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a number of marks</source>
        <translation>पंक्ति %1: &quot;%2&quot; अंकों की संख्या नहीं है</translation>
    </message>
    <message>
        <source>Evaluator sheet issued to %1 (%2 bids, %3 criteria)</source>
        <translation>मूल्यांकन पत्रक %1 को जारी (%2 बोलियाँ, %3 मानदंड)</translation>
    </message>
    <message>
        <source>the sheet is from %1, who is not a member of this tender&apos;s committee</source>
        <translation>पत्रक %1 का है, जो इस निविदा की समिति के सदस्य नहीं हैं</translation>
    </message>
    <message>
        <source>the tender records no key for %1, so the sheet&apos;s signature cannot be checked</source>
        <translation>निविदा में %1 की कोई कुंजी दर्ज नहीं है, इसलिए पत्रक के हस्ताक्षर की जाँच नहीं हो सकती</translation>
    </message>
    <message>
        <source>%1&apos;s sheet is not signed: the member signs it before returning it</source>
        <translation>%1 के पत्रक पर हस्ताक्षर नहीं हैं: सदस्य लौटाने से पहले उस पर हस्ताक्षर करता है</translation>
    </message>
    <message>
        <source>the signature on %1&apos;s sheet does not hold: the sheet was changed after it was signed, or signed with another key than %1&apos;s</source>
        <translation>%1 के पत्रक का हस्ताक्षर सही नहीं बैठता: हस्ताक्षर के बाद पत्रक बदला गया, या %1 के अलावा किसी अन्य कुंजी से हस्ताक्षर हुए</translation>
    </message>
    <message>
        <source>this sheet was issued for another tender, or under rules that have since been corrected; issue %1 a new sheet</source>
        <translation>यह पत्रक किसी अन्य निविदा के लिए, या बाद में संशोधित नियमों के अंतर्गत जारी हुआ था; %1 को नया पत्रक जारी करें</translation>
    </message>
    <message>
        <source>the criteria on the sheet are not the tender&apos;s</source>
        <translation>पत्रक पर मानदंड निविदा के नहीं हैं</translation>
    </message>
    <message>
        <source>the sheet has a bid %1 the tender does not</source>
        <translation>पत्रक में बोली %1 है जो निविदा में नहीं है</translation>
    </message>
    <message>
        <source>this is not a Tulana evaluator sheet that can be read</source>
        <translation>यह पढ़ने योग्य Tulana मूल्यांकन पत्रक नहीं है</translation>
    </message>
    <message>
        <source>%1&apos;s sheet was already received</source>
        <translation>%1 का पत्रक पहले ही प्राप्त हो चुका है</translation>
    </message>
    <message>
        <source>Evaluator sheet of %1 received; no conflict of interest declared</source>
        <translation>%1 का मूल्यांकन पत्रक प्राप्त; कोई हितों का टकराव घोषित नहीं</translation>
    </message>
    <message>
        <source>Evaluator sheet of %1 received; conflict of interest declared with %2</source>
        <translation>%1 का मूल्यांकन पत्रक प्राप्त; %2 के साथ हितों का टकराव घोषित</translation>
    </message>
    <message>
        <source>the committee&apos;s record needs format version 3; this file says %1</source>
        <translation>समिति के अभिलेख के लिए फ़ाइल प्रारूप संस्करण 3 चाहिए; यह फ़ाइल %1 बताती है</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>%1 → %2 (moderated)</source>
        <translation>%1 → %2 (संशोधित)</translation>
    </message>
    <message>
        <source>&quot;conflict&quot;: the member declared a conflict of interest with this bid and did not mark it; its averages are over the other members.</source>
        <translation>&quot;टकराव&quot;: सदस्य ने इस बोली के साथ हितों के टकराव की घोषणा की और इसे अंक नहीं दिए; इसके औसत अन्य सदस्यों के अंकों पर हैं।</translation>
    </message>
    <message>
        <source>&quot;7 → 6 (moderated)&quot;: the committee revised the member&apos;s original mark 7 to 6, with the reason given in the committee section; the average uses the moderated mark.</source>
        <translation>&quot;7 → 6 (संशोधित)&quot;: समिति ने सदस्य के मूल अंक 7 को 6 में संशोधित किया, जिसका कारण समिति वाले खंड में दिया गया है; औसत में संशोधित अंक का उपयोग होता है।</translation>
    </message>
    <message>
        <source>Marks entered by the officer</source>
        <translation>अंक अधिकारी द्वारा दर्ज</translation>
    </message>
    <message>
        <source>%1 %2 UTC, received by %3</source>
        <translation>%1 %2 UTC, %3 द्वारा प्राप्त</translation>
    </message>
    <message>
        <source>Members of the evaluation committee</source>
        <translation>मूल्यांकन समिति के सदस्य</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Marks from</source>
        <translation>अंकों का स्रोत</translation>
    </message>
    <message>
        <source>Own signed sheet: %1</source>
        <translation>अपनी हस्ताक्षरित शीट: %1</translation>
    </message>
    <message>
        <source>Conflicts of interest declared:</source>
        <translation>घोषित हितों के टकराव:</translation>
    </message>
    <message>
        <source>The file records no declarations of conflict of interest.</source>
        <translation>फ़ाइल में हितों के टकराव की कोई घोषणा दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Every member&apos;s declarations recorded are of no conflict of interest with any bid.</source>
        <translation>दर्ज की गई हर सदस्य की घोषणाएँ किसी भी बोली के साथ हितों का टकराव न होने की हैं।</translation>
    </message>
    <message>
        <source>Left as marked</source>
        <translation>जैसा दिया गया वैसा रहने दिया</translation>
    </message>
    <message>
        <source>Moderated: %1</source>
        <translation>संशोधित: %1</translation>
    </message>
    <message>
        <source>The spread is the highest mark minus the lowest, as a share of the criterion&apos;s maximum, over the members&apos; own marks before any moderation; the bands are those announced with the rules.</source>
        <translation>अंतर उच्चतम अंक घटा निम्नतम अंक है, मानदंड के अधिकतम के अंश के रूप में, किसी भी संशोधन से पहले सदस्यों के अपने अंकों पर; श्रेणियाँ वे हैं जो नियमों के साथ घोषित की गईं।</translation>
    </message>
    <message>
        <source>Notable and wide spreads of the members&apos; marks</source>
        <translation>सदस्यों के अंकों में उल्लेखनीय और व्यापक अंतर</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>समिति</translation>
    </message>
    <message>
        <source>%1 to %2 of %3</source>
        <translation>%3 में से %1 से %2</translation>
    </message>
    <message>
        <source>Widest first; %1 more notable spreads are not listed (tulana-cli committee lists them all).</source>
        <translation>सबसे व्यापक पहले; %1 और उल्लेखनीय अंतर सूचीबद्ध नहीं हैं (tulana-cli committee उन सभी को सूचीबद्ध करता है)।</translation>
    </message>
    <message>
        <source>Each mark is held against the other members&apos; marks on the same bid and criterion with the modified z-score of Iglewicz and Hoaglin (1993): 0.6745 × (mark − their median) / their median absolute deviation.</source>
        <translation>प्रत्येक अंक की तुलना उसी बोली और मानदंड पर अन्य सदस्यों के अंकों से इग्लेविक्ज़ और होग्लिन (1993) के संशोधित z-स्कोर से की जाती है: 0.6745 × (अंक − उनकी माध्यिका) / उनका माध्यिका निरपेक्ष विचलन।</translation>
    </message>
    <message>
        <source>Each member&apos;s marks against the committee median</source>
        <translation>समिति की माध्यिका की तुलना में प्रत्येक सदस्य के अंक</translation>
    </message>
    <message>
        <source>Mean deviation (share of the maximum)</source>
        <translation>औसत विचलन (अधिकतम का अंश)</translation>
    </message>
    <message>
        <source>Above / below / at the median</source>
        <translation>माध्यिका से ऊपर / नीचे / उसी पर</translation>
    </message>
    <message>
        <source>Sign test p</source>
        <translation>साइन टेस्ट p</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>उदार</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>कठोर</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>दोनों में से कोई नहीं</translation>
    </message>
    <message>
        <source>The mean deviation is the member&apos;s mark minus the committee median, as a share of each criterion&apos;s maximum, averaged over their marks. The sign test&apos;s p is the chance that marks above and below the median split at least this unevenly were the member neither lenient nor severe; in bold, below 0.05: a notable leaning.</source>
        <translation>औसत विचलन सदस्य का अंक घटा समिति की माध्यिका है, प्रत्येक मानदंड के अधिकतम के अंश के रूप में, उनके अंकों पर औसत। साइन टेस्ट का p वह संभावना है कि यदि सदस्य न उदार होते न कठोर, तो माध्यिका से ऊपर और नीचे के अंक कम से कम इतने असमान रूप से बँटते; मोटे अक्षरों में, 0.05 से कम: उल्लेखनीय झुकाव।</translation>
    </message>
    <message>
        <source>Marks moderated by the committee</source>
        <translation>समिति द्वारा संशोधित अंक</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>मूल</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>The original marks stay in the file; the annex shows them beside the moderated marks.</source>
        <translation>मूल अंक फ़ाइल में बने रहते हैं; अनुलग्नक उन्हें संशोधित अंकों के साथ दिखाता है।</translation>
    </message>
    <message>
        <source>The evaluation committee</source>
        <translation>मूल्यांकन समिति</translation>
    </message>
    <message>
        <source>No bid has two or more members&apos; marks on any criterion: there is no disagreement to measure.</source>
        <translation>किसी भी बोली के किसी भी मानदंड पर दो या अधिक सदस्यों के अंक नहीं हैं: मापने के लिए कोई असहमति नहीं है।</translation>
    </message>
    <message>
        <source>How these figures are worked out, and what they cannot tell with few members: docs/committee-statistics.md, supplied with Tulana.</source>
        <translation>ये आँकड़े कैसे निकाले जाते हैं, और कम सदस्यों के साथ वे क्या नहीं बता सकते: docs/committee-statistics.md, जो Tulana के साथ दिया गया है।</translation>
    </message>
    <message>
        <source>Evaluator sheet issued</source>
        <translation>मूल्यांकन पत्रक जारी</translation>
    </message>
    <message>
        <source>Evaluator sheet received</source>
        <translation>मूल्यांकन पत्रक प्राप्त</translation>
    </message>
    <message>
        <source>Mark moderated</source>
        <translation>अंक संशोधित</translation>
    </message>
    <message>
        <source>the marks are final once the envelopes are opened</source>
        <translation>लिफ़ाफ़े खुलने के बाद अंक अंतिम हैं</translation>
    </message>
    <message>
        <source>the technical scores are locked; unlock them, with a reason, first</source>
        <translation>तकनीकी अंक लॉक हैं; पहले कारण सहित उन्हें अनलॉक करें</translation>
    </message>
    <message>
        <source>the sheet of %1 has no receipt in the log</source>
        <translation>%1 के पत्रक की लॉग में कोई प्राप्ति नहीं है</translation>
    </message>
    <message>
        <source>the sheet of %1 is not the one %2 logged: its bytes were changed</source>
        <translation>%1 का पत्रक वह नहीं है जो %2 ने दर्ज किया: उसके बाइट बदले गए</translation>
    </message>
    <message>
        <source>%1 received a sheet that is no longer in the file</source>
        <translation>%1 ने ऐसा पत्रक प्राप्त किया जो अब फ़ाइल में नहीं है</translation>
    </message>
    <message>
        <source>%1&apos;s evaluator sheet has not been received</source>
        <translation>%1 का मूल्यांकन पत्रक प्राप्त नहीं हुआ है</translation>
    </message>
    <message>
        <source>no evaluator sheet has been issued</source>
        <translation>कोई मूल्यांकन पत्रक जारी नहीं हुआ है</translation>
    </message>
    <message>
        <source>every member&apos;s sheet is in</source>
        <translation>हर सदस्य का पत्रक आ गया है</translation>
    </message>
    <message>
        <source>this act is not one of the committee&apos;s</source>
        <translation>यह कार्य समिति के कार्यों में से नहीं है</translation>
    </message>
    <message>
        <source>a committee act logs a SHA-256 of 32 bytes</source>
        <translation>समिति का कार्य 32 बाइट का SHA-256 दर्ज करता है</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the database file</source>
        <translation>sqlite: को डेटाबेस फ़ाइल का पथ चाहिए</translation>
    </message>
    <message>
        <source>the registry&apos;s database must be sqlite:PATH or postgresql://user@host:port/database, not &quot;%1&quot;</source>
        <translation>रजिस्टर का डेटाबेस sqlite:PATH या postgresql://user@host:port/database होना चाहिए, न कि &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database: postgresql://user@host:port/database</source>
        <translation>PostgreSQL पते में किसी डेटाबेस का नाम नहीं है: postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the connection to the registry&apos;s database server was lost while the change was being committed (%1); the server decides whether it was: look the record up again</source>
        <translation>परिवर्तन को स्थायी करते समय रजिस्टर के डेटाबेस सर्वर से संपर्क टूट गया (%1); वह स्थायी हुआ या नहीं, यह सर्वर तय करता है: अभिलेख को फिर से देखें</translation>
    </message>
    <message>
        <source>the connection to the registry&apos;s database server was lost (%1); nothing of this change was written</source>
        <translation>रजिस्टर के डेटाबेस सर्वर से संपर्क टूट गया (%1); इस परिवर्तन का कुछ भी नहीं लिखा गया</translation>
    </message>
    <message>
        <source>the registry&apos;s database refused the change, and nothing of it was written: %1</source>
        <translation>रजिस्टर के डेटाबेस ने परिवर्तन अस्वीकार किया, और उसका कुछ भी नहीं लिखा गया: %1</translation>
    </message>
    <message>
        <source>the registry&apos;s database stayed busy with other changes; nothing of this change was written: try again</source>
        <translation>रजिस्टर का डेटाबेस अन्य परिवर्तनों में व्यस्त रहा; इस परिवर्तन का कुछ भी नहीं लिखा गया: फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 से %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>MOF वर्ग</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>विचलन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Selected system</source>
        <translation>चुनी गई प्रणाली</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n अभिलेख</numerusform>
            <numerusform>%n अभिलेख</numerusform>
        </translation>
    </message>
    <message>
        <source>Registry of AI systems procured</source>
        <translation>प्राप्त एआई प्रणालियों का रजिस्टर</translation>
    </message>
    <message>
        <source>Each row is an AI system this office procured, with the openness of the system selected, whether the choice departed from an open-source option and why, and the fingerprint of the evaluation memo the row can be checked against. Made on %1.</source>
        <translation>प्रत्येक पंक्ति इस कार्यालय द्वारा प्राप्त एक एआई प्रणाली है, जिसमें चुनी गई प्रणाली का खुलापन, क्या चयन खुला स्रोत विकल्प से विचलित हुआ और क्यों, तथा मूल्यांकन ज्ञापन का फ़िंगरप्रिंट है जिससे पंक्ति की जाँच की जा सकती है। %1 को बनाया गया।</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Procuring entity</source>
        <translation>प्रापण संस्था</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>निर्णय की तिथि</translation>
    </message>
    <message>
        <source>Departs from an open-source option</source>
        <translation>खुला स्रोत विकल्प से विचलन</translation>
    </message>
    <message>
        <source>Considerations cited</source>
        <translation>उद्धृत विचारणीय बिंदु</translation>
    </message>
    <message>
        <source>Lifecycle cost (NPV)</source>
        <translation>जीवनचक्र लागत (NPV)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Memo fingerprint (SHA-256)</source>
        <translation>ज्ञापन का फ़िंगरप्रिंट (SHA-256)</translation>
    </message>
    <message>
        <source>Process log checkpoint</source>
        <translation>प्रक्रिया लॉग का चेकपॉइंट</translation>
    </message>
    <message>
        <source>To check a row, make the memo&apos;s fingerprint again from the tender file (tulana-cli verify-memo) and the process log&apos;s checkpoint (tulana-cli verify), and compare them with the row.</source>
        <translation>किसी पंक्ति की जाँच के लिए, निविदा फ़ाइल से ज्ञापन का फ़िंगरप्रिंट (tulana-cli verify-memo) और प्रक्रिया लॉग का चेकपॉइंट (tulana-cli verify) फिर से बनाएँ, और उनकी तुलना पंक्ति से करें।</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>विकासाधीन</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>उपयोग में</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>सेवानिवृत्त</translation>
    </message>
    <message>
        <source>the decision is not finalised: only a finalised decision goes into the registry</source>
        <translation>निर्णय अंतिम नहीं है: केवल अंतिम निर्णय ही रजिस्टर में जाता है</translation>
    </message>
    <message>
        <source>the tender has no reference, by which the registry knows it</source>
        <translation>निविदा का कोई संदर्भ नहीं है, जिससे रजिस्टर उसे पहचानता है</translation>
    </message>
    <message>
        <source>the tender names no procuring entity, by which the registry knows it</source>
        <translation>निविदा में किसी प्रापण संस्था का नाम नहीं है, जिससे रजिस्टर उसे पहचानता है</translation>
    </message>
    <message>
        <source>the finalised decision selects no bid</source>
        <translation>अंतिम निर्णय किसी बोली का चयन नहीं करता</translation>
    </message>
    <message>
        <source>the registry&apos;s database was made by a newer Tulana (its tables are version %1; this one knows up to %2): nothing was changed</source>
        <translation>रजिस्टर का डेटाबेस Tulana के नए संस्करण ने बनाया था (उसकी तालिकाएँ संस्करण %1 की हैं; यह संस्करण %2 तक जानता है): कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite): the registry cannot be opened</source>
        <translation>Qt का SQLite ड्राइवर स्थापित नहीं है (Debian पैकेज libqt6sql6-sqlite): रजिस्टर नहीं खोला जा सकता</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql): the registry cannot be opened</source>
        <translation>Qt का PostgreSQL ड्राइवर स्थापित नहीं है (Debian पैकेज libqt6sql6-psql): रजिस्टर नहीं खोला जा सकता</translation>
    </message>
    <message>
        <source>the folder %1 for the registry cannot be made</source>
        <translation>रजिस्टर के लिए फ़ोल्डर %1 नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>the registry at %1 cannot be opened: %2</source>
        <translation>%1 का रजिस्टर नहीं खोला जा सकता: %2</translation>
    </message>
    <message>
        <source>the registry at %1 cannot be brought up to date: %2</source>
        <translation>%1 का रजिस्टर अद्यतन नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>the record was not found after it was written</source>
        <translation>लिखने के बाद अभिलेख नहीं मिला</translation>
    </message>
    <message>
        <source>the change was stopped before it was complete</source>
        <translation>परिवर्तन पूरा होने से पहले रोक दिया गया</translation>
    </message>
    <message>
        <source>the registry cannot be read: %1</source>
        <translation>रजिस्टर पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>the registry has no record %1</source>
        <translation>रजिस्टर में अभिलेख %1 नहीं है</translation>
    </message>
    <message>
        <source>record %1 of the registry is damaged: its JSON cannot be read</source>
        <translation>रजिस्टर का अभिलेख %1 क्षतिग्रस्त है: उसका JSON पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>a change of status needs its date</source>
        <translation>स्थिति के परिवर्तन के लिए उसकी तिथि चाहिए</translation>
    </message>
    <message>
        <source>the date %1 is before the present status&apos;s date %2: a registry keeps its changes in order</source>
        <translation>तिथि %1 वर्तमान स्थिति की तिथि %2 से पहले की है: रजिस्टर अपने परिवर्तन क्रम में रखता है</translation>
    </message>
    <message>
        <source>sheet received %1 by %2</source>
        <translation>शीट %1 को %2 द्वारा प्राप्त</translation>
    </message>
    <message>
        <source>marks entered by the officer</source>
        <translation>अंक अधिकारी द्वारा दर्ज</translation>
    </message>
    <message>
        <source>Notable and wide spreads</source>
        <translation>उल्लेखनीय और व्यापक अंतर</translation>
    </message>
    <message>
        <source>Marks unlike the other members&apos;</source>
        <translation>अन्य सदस्यों से भिन्न अंक</translation>
    </message>
    <message>
        <source>Leniency and severity</source>
        <translation>उदारता और कठोरता</translation>
    </message>
    <message>
        <source>Leave one member out</source>
        <translation>एक सदस्य को छोड़कर</translation>
    </message>
    <message>
        <source>without %1: %2</source>
        <translation>%1 के बिना: %2</translation>
    </message>
    <message>
        <source>unlike all others</source>
        <translation>अन्य सभी से भिन्न</translation>
    </message>
    <message>
        <source>not enough other marks</source>
        <translation>अन्य अंक पर्याप्त नहीं</translation>
    </message>
    <message>
        <source>below notable</source>
        <translation>उल्लेखनीय से कम</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>उल्लेखनीय</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>व्यापक</translation>
    </message>
    <message>
        <source>%1, %2: marks from %3 to %4 of %5, a spread of %6 (%7).</source>
        <translation>%1, %2: %5 में से %3 से %4 तक अंक, %6 का अंतर (%7)।</translation>
    </message>
    <message>
        <source>%1 gave %2 %3 on %4 where each of the other %5 members gave %6: unlike all others (the others do not vary, so no z-score can be worked out).</source>
        <translation>%1 ने %4 पर %2 को %3 दिए, जबकि अन्य %5 सदस्यों में से प्रत्येक ने %6 दिए: अन्य सभी से भिन्न (अन्य अंकों में कोई भिन्नता नहीं है, इसलिए z-स्कोर नहीं निकाला जा सकता)।</translation>
    </message>
    <message>
        <source>%1 gave %2 %3 on %4 where the other %5 members&apos; median is %6: robust z %7, beyond ±%8.</source>
        <translation>%1 ने %4 पर %2 को %3 दिए, जबकि अन्य %5 सदस्यों के अंकों की माध्यिका %6 है: रोबस्ट z %7, ±%8 से परे।</translation>
    </message>
    <message>
        <source>The committee left this mark as marked.</source>
        <translation>समिति ने यह अंक जैसा दिया गया था वैसा ही रहने दिया।</translation>
    </message>
    <message>
        <source>moderated from %1 to %2 (%3)</source>
        <translation>इसे %1 से %2 में संशोधित किया (%3)</translation>
    </message>
    <message>
        <source>The committee %1.</source>
        <translation>समिति ने %1।</translation>
    </message>
    <message>
        <source>%1 marked no criterion alongside another member.</source>
        <translation>%1 ने किसी भी मानदंड पर किसी अन्य सदस्य के साथ अंक नहीं दिए।</translation>
    </message>
    <message>
        <source>%1 marks %2 of each maximum above the committee median on average (lenient)</source>
        <translation>%1 औसतन प्रत्येक अधिकतम के %2 जितना समिति की माध्यिका से ऊपर अंक देते हैं (उदार)</translation>
    </message>
    <message>
        <source>%1 marks %2 of each maximum below the committee median on average (severe)</source>
        <translation>%1 औसतन प्रत्येक अधिकतम के %2 जितना समिति की माध्यिका से नीचे अंक देते हैं (कठोर)</translation>
    </message>
    <message>
        <source>%1 marks at the committee median on average</source>
        <translation>%1 औसतन समिति की माध्यिका पर अंक देते हैं</translation>
    </message>
    <message>
        <source>%1 of %2 marks above the median, %3 below, %4 at it</source>
        <translation>%2 में से %1 अंक माध्यिका से ऊपर, %3 नीचे, %4 उसी पर</translation>
    </message>
    <message>
        <source>which is unusual: so lopsided a split would come by chance less than 1 time in 20</source>
        <translation>जो असामान्य है: इतना एकतरफ़ा विभाजन संयोग से 20 में 1 बार से भी कम आएगा</translation>
    </message>
    <message>
        <source>which is not unusual</source>
        <translation>जो असामान्य नहीं है</translation>
    </message>
    <message>
        <source>%1: %2, %3 (sign test, p %4).</source>
        <translation>%1: %2, %3 (साइन टेस्ट, p %4)।</translation>
    </message>
    <message>
        <source>With %1 members, each mark is held against only %2 others and each median rests on very few marks: these robust statistics are weak, flag only the starkest disagreement, and cannot tell which member is right.</source>
        <translation>%1 सदस्यों के साथ, प्रत्येक अंक की तुलना केवल %2 अन्य अंकों से होती है और प्रत्येक माध्यिका बहुत कम अंकों पर टिकी है: ये रोबस्ट आँकड़े कमज़ोर हैं, केवल सबसे स्पष्ट असहमति को चिह्नित करते हैं, और यह नहीं बता सकते कि कौन-सा सदस्य सही है।</translation>
    </message>
    <message>
        <source>The committee has fewer than two members: no member can be left out.</source>
        <translation>समिति में दो से कम सदस्य हैं: किसी सदस्य को छोड़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>No bid wins on the marks as they stand, so no member can decide the award by their marks.</source>
        <translation>वर्तमान अंकों पर कोई बोली नहीं जीतती, इसलिए कोई भी सदस्य अपने अंकों से अधिनिर्णय तय नहीं कर सकता।</translation>
    </message>
    <message>
        <source>No single member decides the award: leaving out any one member&apos;s marks, %1 still wins.</source>
        <translation>कोई एक सदस्य अधिनिर्णय तय नहीं करता: किसी भी एक सदस्य के अंक छोड़ देने पर भी %1 ही जीतती है।</translation>
    </message>
    <message>
        <source>leaving out %1&apos;s marks, %2 would win instead of %3</source>
        <translation>%1 के अंक छोड़ देने पर %3 के स्थान पर %2 जीतती</translation>
    </message>
    <message>
        <source>leaving out %1&apos;s marks, no bid would win</source>
        <translation>%1 के अंक छोड़ देने पर कोई बोली नहीं जीतती</translation>
    </message>
    <message>
        <source>A single member decides the award: %1.</source>
        <translation>एक अकेला सदस्य अधिनिर्णय तय करता है: %1।</translation>
    </message>
    <message>
        <source>The committee moderated no mark.</source>
        <translation>समिति ने कोई अंक संशोधित नहीं किया।</translation>
    </message>
    <message>
        <source>Moderation changed the winner: yes. On the members&apos; original marks %1 would win; on the moderated marks %2 wins.</source>
        <translation>संशोधन से विजेता बदला: हाँ। सदस्यों के मूल अंकों पर %1 जीतती; संशोधित अंकों पर %2 जीतती है।</translation>
    </message>
    <message>
        <source>Moderation changed the winner: no. On the members&apos; original marks, as on the moderated marks, %1 wins.</source>
        <translation>संशोधन से विजेता बदला: नहीं। सदस्यों के मूल अंकों पर भी, संशोधित अंकों की तरह, %1 जीतती है।</translation>
    </message>
    <message>
        <source>The marks were entered by the officer: no member&apos;s marks came from their own signed sheet.</source>
        <translation>अंक अधिकारी द्वारा दर्ज किए गए: किसी भी सदस्य के अंक उनकी अपनी हस्ताक्षरित शीट से नहीं आए।</translation>
    </message>
    <message>
        <source>Only the marks of %1 came from their own signed sheets; the other members&apos; marks were entered by the officer.</source>
        <translation>केवल %1 के अंक उनकी अपनी हस्ताक्षरित शीटों से आए; अन्य सदस्यों के अंक अधिकारी द्वारा दर्ज किए गए।</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2 (%3) and did not mark it: %2&apos;s averages are over the other members.</source>
        <translation>%1 ने %2 के साथ हितों के टकराव की घोषणा की (%3) और उसे अंक नहीं दिए: %2 के औसत अन्य सदस्यों के अंकों पर हैं।</translation>
    </message>
    <message>
        <source>Of %1 marked cells (bid × criterion), %2 spread more than %3 of the maximum (wide), %4 from %5 to %3 (notable) and %6 less (below notable).</source>
        <translation>%1 अंकित खानों (बोली × मानदंड) में से %2 में अंतर अधिकतम के %3 से अधिक है (व्यापक), %4 में %5 से %3 तक (उल्लेखनीय) और %6 में इससे कम (उल्लेखनीय से कम)।</translation>
    </message>
    <message>
        <source>No mark has two or more other marks to be held against: no robust z-score can be worked out.</source>
        <translation>किसी भी अंक की तुलना के लिए दो या अधिक अन्य अंक नहीं हैं: कोई रोबस्ट z-स्कोर नहीं निकाला जा सकता।</translation>
    </message>
    <message>
        <source>Of %1 marks held against the other members&apos; marks, %2 lie beyond a robust z of ±%3, or differ by %4 of the maximum or more from others who all agree.</source>
        <translation>अन्य सदस्यों के अंकों से तुलना किए गए %1 अंकों में से %2 रोबस्ट z ±%3 से परे हैं, या उन अन्य सदस्यों से, जो सभी एकमत हैं, अधिकतम के %4 या उससे अधिक भिन्न हैं।</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2 and did not mark it; the average is over the other members</source>
        <translation>%1 ने %2 के साथ हितों का टकराव घोषित किया और उसे अंक नहीं दिए; औसत अन्य सदस्यों का है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of the committee</source>
        <translation>&quot;%1&quot; समिति के सदस्य नहीं हैं</translation>
    </message>
    <message>
        <source>no marked criterion has the id &quot;%1&quot;</source>
        <translation>किसी अंकित मानदंड की आईडी &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>the spread bands must be 0 &lt; notable &lt; wide ≤ 100 (%), not %1 and %2</source>
        <translation>प्रसार सीमाएँ 0 &lt; उल्लेखनीय &lt; व्यापक ≤ 100 (%) होनी चाहिए, %1 और %2 नहीं</translation>
    </message>
    <message>
        <source>%1 already declared about %2</source>
        <translation>%1 पहले ही %2 के बारे में घोषणा कर चुके हैं</translation>
    </message>
    <message>
        <source>a declared conflict of interest needs its description</source>
        <translation>घोषित हितों के टकराव का विवरण आवश्यक है</translation>
    </message>
    <message>
        <source>the mark was %1 after the moderation before, not %2</source>
        <translation>पिछले संशोधन के बाद अंक %1 था, %2 नहीं</translation>
    </message>
    <message>
        <source>%1&apos;s mark for %2 on &quot;%3&quot; is %4, but the committee moderated it to %5: a moderated mark is changed only by moderating it again, with a reason</source>
        <translation>%1 का %2 के लिए &quot;%3&quot; पर अंक %4 है, पर समिति ने इसे %5 किया था: संशोधित अंक केवल कारण सहित फिर से संशोधन द्वारा बदला जाता है</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>अंकित नहीं</translation>
    </message>
    <message>
        <source>every member declared a conflict of interest with %1: no one can mark it</source>
        <translation>हर सदस्य ने %1 के साथ हितों का टकराव घोषित किया है: कोई इसे अंक नहीं दे सकता</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2 and does not mark it; remove this mark</source>
        <translation>%1 ने %2 के साथ हितों का टकराव घोषित किया है और इसे अंक नहीं देते; यह अंक हटाएँ</translation>
    </message>
    <message>
        <source>The evaluation committee: %1. Each member marked on a sheet of their own, which showed no price and no other member&apos;s marks, and signed it; the committee&apos;s mark is the average of the members who mark the bid.</source>
        <translation>मूल्यांकन समिति: %1। हर सदस्य ने अपने पत्रक पर अंक दिए, जिसमें न कोई मूल्य था न किसी अन्य सदस्य के अंक, और उस पर हस्ताक्षर किए; समिति का अंक उन सदस्यों का औसत है जो बोली को अंक देते हैं।</translation>
    </message>
    <message>
        <source>Each member marked on a sheet of their own, which showed no price and no other member&apos;s marks, and signed it; each sheet&apos;s receipt was logged before its marks entered the tender. Whether members spoke to one another, no record can show.</source>
        <translation>हर सदस्य ने अपने पत्रक पर अंक दिए, जिसमें न कोई मूल्य था न किसी अन्य सदस्य के अंक, और उस पर हस्ताक्षर किए; हर पत्रक की प्राप्ति उसके अंक निविदा में आने से पहले दर्ज हुई। सदस्यों ने आपस में बात की या नहीं, यह कोई अभिलेख नहीं दिखा सकता।</translation>
    </message>
    <message>
        <source>  registry [--db DB] add FILE [--publish-scores] [--contact TEXT]
                    [--status S --date YYYY-MM-DD]
                                 put a finalised decision into the registry of AI
                                 procurements (the same tender again updates it)
  registry [--db DB] list [--search TEXT] [--entity E] [--year Y] [--nature N]
                    [--departure yes|no] [--mof-class C] [--status S] [--format F]
                                 list the records; F is table (default) or json
  registry [--db DB] show ID     print a record as JSON
  registry [--db DB] status ID --set S --date YYYY-MM-DD
                                 record that the system is in-development, in-use or
                                 retired from that date
  registry [--db DB] export --format csv|json|html [--language en|hi] --out FILE
                                 write the records (the list&apos;s filters apply); html is
                                 a page an office can publish as it is
                                 DB is sqlite:PATH (default: registry.sqlite in the
                                 user&apos;s data folder) or postgresql://user@host:port/db;
                                 the password comes from the system keychain, else
                                 from PGPASSWORD or ~/.pgpass
  registry --db postgresql://... password [--forget] [--passphrase-file F]
                                 keep the server&apos;s password in the system keychain
                                 (typed without echo, or the first line of F), or
                                 remove it; never in a file of Tulana&apos;s
</source>
        <translation>  registry [--db DB] add FILE [--publish-scores] [--contact TEXT]
                    [--status S --date YYYY-MM-DD]
                                 अंतिम निर्णय को एआई प्रापण के रजिस्टर में दर्ज करें
                                 (वही निविदा फिर से देने पर वह अद्यतन होता है)
  registry [--db DB] list [--search TEXT] [--entity E] [--year Y] [--nature N]
                    [--departure yes|no] [--mof-class C] [--status S] [--format F]
                                 अभिलेखों की सूची; F table (डिफ़ॉल्ट) या json है
  registry [--db DB] show ID     अभिलेख को JSON के रूप में छापें
  registry [--db DB] status ID --set S --date YYYY-MM-DD
                                 दर्ज करें कि प्रणाली उस तिथि से in-development,
                                 in-use या retired है
  registry [--db DB] export --format csv|json|html [--language en|hi] --out FILE
                                 अभिलेख लिखें (सूची के फ़िल्टर लागू होते हैं); html
                                 ऐसा पृष्ठ है जिसे कार्यालय जैसा है वैसा प्रकाशित कर सकता है
                                 DB sqlite:PATH (डिफ़ॉल्ट: उपयोगकर्ता के डेटा फ़ोल्डर में
                                 registry.sqlite) या postgresql://user@host:port/db है;
                                 पासवर्ड सिस्टम कीचेन से आता है, अन्यथा
                                 PGPASSWORD या ~/.pgpass से
  registry --db postgresql://... password [--forget] [--passphrase-file F]
                                 सर्वर का पासवर्ड सिस्टम कीचेन में रखें (बिना दिखाए
                                 टाइप किया गया, या F की पहली पंक्ति), या उसे हटाएँ;
                                 Tulana की किसी फ़ाइल में कभी नहीं
</translation>
    </message>
    <message>
        <source>registry password needs --db postgresql://user@host:port/database</source>
        <translation>registry password को --db postgresql://user@host:port/database चाहिए</translation>
    </message>
    <message>
        <source>an SQLite registry has no password</source>
        <translation>SQLite रजिस्टर का कोई पासवर्ड नहीं होता</translation>
    </message>
    <message>
        <source>The keychain holds no password for %1 now.</source>
        <translation>कीचेन में अब %1 के लिए कोई पासवर्ड नहीं है।</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 के लिए पासवर्ड: </translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>पासवर्ड ख़ाली है</translation>
    </message>
    <message>
        <source>The password for %1 is kept in the system keychain.</source>
        <translation>%1 का पासवर्ड सिस्टम कीचेन में रखा गया है।</translation>
    </message>
    <message>
        <source>registry password takes no FILE or ID</source>
        <translation>registry password कोई FILE या ID नहीं लेता</translation>
    </message>
    <message>
        <source>registry needs an action: add, list, show, status, export or password</source>
        <translation>registry को एक क्रिया चाहिए: add, list, show, status, export या password</translation>
    </message>
    <message>
        <source>registry has no action &quot;%1&quot;: add, list, show, status, export or password</source>
        <translation>registry में कोई क्रिया &quot;%1&quot; नहीं है: add, list, show, status, export या password</translation>
    </message>
    <message>
        <source>this computer has no system keychain that answers</source>
        <translation>इस कंप्यूटर पर कोई सिस्टम कीचेन उत्तर नहीं देता</translation>
    </message>
    <message>
        <source>this computer has no system keychain that answers (%1)</source>
        <translation>इस कंप्यूटर पर कोई सिस्टम कीचेन उत्तर नहीं देता (%1)</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>उसने समय पर उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>the password was not kept: %1. PostgreSQL can read it from the environment variable PGPASSWORD or from ~/.pgpass instead</source>
        <translation>पासवर्ड नहीं रखा गया: %1। इसके बजाय PostgreSQL उसे पर्यावरण चर PGPASSWORD से या ~/.pgpass से पढ़ सकता है</translation>
    </message>
    <message>
        <source>the password could not be removed: %1</source>
        <translation>पासवर्ड हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>the registry at %1 cannot be opened: the server asks for a password, and %2 (the server said: %3)</source>
        <translation>%1 पर रजिस्टर नहीं खोला जा सकता: सर्वर पासवर्ड माँगता है, और %2 (सर्वर ने कहा: %3)</translation>
    </message>
    <message>
        <source>none was given</source>
        <translation>कोई नहीं दिया गया</translation>
    </message>
    <message>
        <source>the database address holds a password: keep it in the system keychain, PGPASSWORD or ~/.pgpass instead</source>
        <translation>डेटाबेस के पते में पासवर्ड है: उसे इसके बजाय सिस्टम कीचेन, PGPASSWORD या ~/.pgpass में रखें</translation>
    </message>
    <message>
        <source>the database address holds a password (%1=): keep it in the system keychain, PGPASSWORD or ~/.pgpass instead</source>
        <translation>डेटाबेस के पते में पासवर्ड है (%1=): उसे इसके बजाय सिस्टम कीचेन, PGPASSWORD या ~/.pgpass में रखें</translation>
    </message>
    <message>
        <source>the one Tulana gave (kept or typed) was refused</source>
        <translation>Tulana द्वारा दिया गया (रखा गया या टाइप किया गया) पासवर्ड अस्वीकार हुआ</translation>
    </message>
    <message>
        <source>the PostgreSQL address is not valid: write it as postgresql://user@host:port/database</source>
        <translation>PostgreSQL पता मान्य नहीं है: उसे postgresql://user@host:port/database के रूप में लिखें</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 से %2 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>not valid YAML: nothing here can begin a value</source>
        <translation>मान्य YAML नहीं: यहाँ से कोई मान शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; holds a control character (U+%2) at character %3, which no screen or memo shows as typed: retype the id</source>
        <translation>आईडी &quot;%1&quot; में वर्ण %3 पर एक नियंत्रण वर्ण (U+%2) है, जिसे कोई स्क्रीन या ज्ञापन टाइप किए अनुसार नहीं दिखाता: आईडी फिर से टाइप करें</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>में एक नियंत्रण वर्ण है</translation>
    </message>
    <message>
        <source>is an earlier bid&apos;s</source>
        <translation>किसी पिछली बोली की है</translation>
    </message>
    <message>
        <source>bid no. %1&apos;s id in the release, &quot;%2&quot;, %3: it is %4 here; check it against the release</source>
        <translation>रिलीज़ में बोली सं. %1 की आईडी, &quot;%2&quot;, %3: यहाँ वह %4 है; इसे रिलीज़ से मिला लें</translation>
    </message>
    <message>
        <source>the sheet has two declarations for %1</source>
        <translation>पत्रक में %1 के लिए दो घोषणाएँ हैं</translation>
    </message>
    <message>
        <source>the sheet has two marks for %1 on &quot;%2&quot;</source>
        <translation>पत्रक में %1 के लिए &quot;%2&quot; पर दो अंक हैं</translation>
    </message>
    <message>
        <source>line %1: %2 on &quot;%3&quot; is on line %4 already</source>
        <translation>पंक्ति %1: %2, &quot;%3&quot; पर, पंक्ति %4 में पहले से है</translation>
    </message>
    <message>
        <source>%1: %2; it is left blank here</source>
        <translation>%1: %2; यहाँ इसे खाली छोड़ा गया है</translation>
    </message>
    <message>
        <source>the tender&apos;s value in the release</source>
        <translation>रिलीज़ में निविदा का मूल्य</translation>
    </message>
    <message>
        <source>bid no. %1&apos;s value in the release</source>
        <translation>रिलीज़ में बोली सं. %1 का मूल्य</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot;: its weight is not a percentage between 0 and 100 (or a decimal between 0 and 1); set it on the Criteria page</source>
        <translation>मानदंड &quot;%1&quot;: इसका भारांक 0 से 100 के बीच का प्रतिशत (या 0 से 1 के बीच का दशमलव) नहीं है; इसे मानदंड पृष्ठ पर तय करें</translation>
    </message>
    <message>
        <source>Could not save %1: the tender would take %2 MB, more than the %3 MB Tulana opens as a tender (docs/reliability.md, &quot;Limits on input&quot;); nothing was written</source>
        <translation>%1 सहेजी नहीं जा सकी: निविदा %2 MB की होती, जो उन %3 MB से अधिक है जितनी Tulana किसी निविदा के रूप में खोलता है (docs/reliability.md, &quot;Limits on input&quot;); कुछ नहीं लिखा गया</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed: only the first %1 are shown</source>
        <translation>
            <numerusform>%n और समस्या सूचीबद्ध नहीं है: केवल पहली %1 दिखाई गई हैं</numerusform>
            <numerusform>%n और समस्याएँ सूचीबद्ध नहीं हैं: केवल पहली %1 दिखाई गई हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>its parts unpack to more than %1 MB in all; a workbook of bids is far smaller</source>
        <translation>इसके भाग खुलने पर कुल मिलाकर %1 MB से बड़े होते हैं; बोलियों की वर्कबुक इससे बहुत छोटी होती है</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): its list of parts is damaged</source>
        <translation>यह Excel वर्कबुक (.xlsx) नहीं है: इसके भागों की सूची क्षतिग्रस्त है</translation>
    </message>
</context>
<context>
    <name>tulana::AcceptabilityChart</name>
    <message>
        <source>Rank acceptability</source>
        <translation>रैंक स्वीकार्यता</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>रैंक %1</translation>
    </message>
    <message>
        <source>rank %1 or lower</source>
        <translation>रैंक %1 या नीचे</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>योग्य नहीं</translation>
    </message>
</context>
<context>
    <name>tulana::ActDialog</name>
    <message>
        <source>Sign and Record</source>
        <translation>हस्ताक्षर करें और दर्ज करें</translation>
    </message>
    <message>
        <source>Give the reason: it is logged with the act and shown in the memo.</source>
        <translation>कारण दें: वह कार्य के साथ लॉग में दर्ज होता है और ज्ञापन में दिखता है।</translation>
    </message>
    <message>
        <source>The passphrase does not unlock %1&apos;s key.</source>
        <translation>यह पासफ़्रेज़ %1 की कुंजी नहीं खोलता।</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Announcing the rules fixes them: the method and weights, the criteria with their maxima and minima, the minimum technical score, the options, the rulebook, the openness scheme, the eligibility criteria, the lifecycle terms and the committee. After this a change needs a corrigendum with its reason.

Tulana also makes the tender&apos;s envelope key and splits its secret half among the members below: the number of members you choose must come together to open the financial envelopes, after the technical scores are locked, and fewer cannot. Each member&apos;s key file is needed here, but not their passphrase.</source>
        <translation>नियमों की घोषणा उन्हें स्थिर करती है: पद्धति और भारांक, अधिकतम और न्यूनतम सहित मानदंड, न्यूनतम तकनीकी स्कोर, विकल्प, नियमावली, खुलेपन की योजना, पात्रता मानदंड, जीवनचक्र की शर्तें और समिति। इसके बाद किसी परिवर्तन के लिए कारण सहित शुद्धिपत्र चाहिए।

Tulana निविदा की लिफ़ाफ़ा कुंजी भी बनाता है और उसका गुप्त भाग नीचे दिए सदस्यों में बाँटता है: तकनीकी अंक लॉक होने के बाद, आपके चुने हुए जितने सदस्य साथ आएँ तभी वित्तीय लिफ़ाफ़े खुलते हैं, उससे कम से नहीं। यहाँ हर सदस्य की कुंजी फ़ाइल चाहिए, पर उनका पासफ़्रेज़ नहीं।</translation>
    </message>
    <message>
        <source>The corrigendum records the corrections made to the announced rules, with its reason. It is logged and shown in the memo.</source>
        <translation>शुद्धिपत्र घोषित नियमों में किए गए सुधारों को उनके कारण सहित दर्ज करता है। वह लॉग में दर्ज होता है और ज्ञापन में दिखता है।</translation>
    </message>
    <message>
        <source>A financial proposal is received sealed: either the envelope a bidder sealed with the tender&apos;s key, or figures received on paper, which Tulana seals now and never writes in clear. Its receipt is logged.</source>
        <translation>वित्तीय प्रस्ताव मुहरबंद प्राप्त होता है: या तो वह लिफ़ाफ़ा जिसे बोलीदाता ने निविदा की कुंजी से सील किया, या काग़ज़ पर मिले आँकड़े, जिन्हें Tulana अभी सील करता है और कभी खुले नहीं लिखता। उसकी रसीद लॉग में दर्ज होती है।</translation>
    </message>
    <message>
        <source>Recording the bids as received closes them: the bidders, systems and natures of the %1 bids, and which envelope is whose, are fixed. No envelope can be received after this.</source>
        <translation>बोलियों को प्राप्त दर्ज करना उन्हें बंद करता है: %1 बोलियों के बोलीदाता, प्रणालियाँ और प्रकृति, और कौन-सा लिफ़ाफ़ा किसका है, स्थिर हो जाते हैं। इसके बाद कोई लिफ़ाफ़ा प्राप्त नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>This fixes the eligibility findings of every bid. The technical evaluation follows.</source>
        <translation>यह हर बोली के पात्रता निष्कर्ष स्थिर करता है। इसके बाद तकनीकी मूल्यांकन होता है।</translation>
    </message>
    <message>
        <source>This fixes the technical marks and each bid&apos;s standing. The financial opening can follow; until then a change needs an unlock with its reason.</source>
        <translation>यह तकनीकी अंक और हर बोली की स्थिति स्थिर करता है। इसके बाद वित्तीय लिफ़ाफ़े खोले जा सकते हैं; तब तक किसी परिवर्तन के लिए कारण सहित अनलॉक चाहिए।</translation>
    </message>
    <message>
        <source>The unlock lets the technical marks change again, before the financial opening. Its reason is logged and shown in the memo; the scores must be locked again before any envelope is opened.</source>
        <translation>अनलॉक वित्तीय लिफ़ाफ़े खुलने से पहले तकनीकी अंकों को फिर बदलने देता है। उसका कारण लॉग में दर्ज होता है और ज्ञापन में दिखता है; कोई लिफ़ाफ़ा खुलने से पहले अंक फिर लॉक करने होंगे।</translation>
    </message>
    <message>
        <source>%1 of the %2 members unlock their shares of the envelope key here, each with their own key and passphrase. The envelopes of the technically qualified bids are opened and their figures enter the file; the others stay sealed and are returned unopened.</source>
        <translation>%2 में से %1 सदस्य यहाँ लिफ़ाफ़ा कुंजी में अपना-अपना हिस्सा खोलते हैं, हर कोई अपनी कुंजी और पासफ़्रेज़ से। तकनीकी रूप से योग्य बोलियों के लिफ़ाफ़े खुलते हैं और उनके आँकड़े फ़ाइल में आते हैं; बाकी मुहरबंद रहते हैं और बिना खोले लौटा दिए जाते हैं।</translation>
    </message>
    <message>
        <source>This fixes the decision as finalised on the Decision page.</source>
        <translation>यह निर्णय पृष्ठ पर अंतिम किए गए निर्णय को स्थिर करता है।</translation>
    </message>
    <message>
        <source>This logs that the memo was issued. The memo carries the log&apos;s checkpoint, which shows later whether the history was rewritten.</source>
        <translation>यह दर्ज करता है कि ज्ञापन जारी हुआ। ज्ञापन पर लॉग का चेकपॉइंट होता है, जो बाद में दिखाता है कि इतिहास दोबारा लिखा गया या नहीं।</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>अधिकारी:</translation>
    </message>
    <message>
        <source> of %1 members</source>
        <translation> / %1 सदस्य</translation>
    </message>
    <message>
        <source>How many members must come together to open the envelopes. By default a majority of the committee.</source>
        <translation>लिफ़ाफ़े खोलने के लिए कितने सदस्यों को साथ आना होगा। पहले से समिति का बहुमत।</translation>
    </message>
    <message>
        <source>To open the envelopes:</source>
        <translation>लिफ़ाफ़े खोलने के लिए:</translation>
    </message>
    <message>
        <source>%1&apos;s key: %2</source>
        <translation>%1 की कुंजी: %2</translation>
    </message>
    <message>
        <source>The key chosen for %1 is %2&apos;s key.</source>
        <translation>%1 के लिए चुनी गई कुंजी %2 की है।</translation>
    </message>
    <message>
        <source>Member %1:</source>
        <translation>सदस्य %1:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>प्राप्तकर्ता:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>हस्ताक्षरकर्ता:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Each member marks on a sheet of their own: the announced criteria and the bids&apos; technical side, without any price or any other member&apos;s marks. The member opens it in Tulana, declares any conflict of interest bid by bid, marks, signs it with their key and returns it. Issuing is logged; once a sheet is issued, the technical scores are locked only when every member&apos;s signed sheet is in.</source>
        <translation>हर सदस्य अपने पत्रक पर अंक देता है: घोषित मानदंड और बोलियों का तकनीकी पक्ष, बिना किसी मूल्य या किसी अन्य सदस्य के अंकों के। सदस्य इसे Tulana में खोलता है, बोली-दर-बोली कोई भी हितों का टकराव घोषित करता है, अंक देता है, अपनी कुंजी से हस्ताक्षर करता है और लौटाता है। जारी करना दर्ज होता है; पत्रक जारी होने के बाद तकनीकी अंक तभी लॉक होते हैं जब हर सदस्य का हस्ताक्षरित पत्रक आ जाए।</translation>
    </message>
    <message>
        <source>The member&apos;s signed sheet is checked: the signature against the member&apos;s key recorded in the tender, and the sheet against this tender&apos;s announced rules and bids. A changed or foreign sheet is refused. Its receipt is logged before its marks enter the tender.</source>
        <translation>सदस्य के हस्ताक्षरित पत्रक की जाँच होती है: हस्ताक्षर निविदा में दर्ज सदस्य की कुंजी से, और पत्रक इस निविदा के घोषित नियमों और बोलियों से। बदला हुआ या बाहरी पत्रक अस्वीकार होता है। उसकी प्राप्ति उसके अंक निविदा में आने से पहले दर्ज होती है।</translation>
    </message>
    <message>
        <source>The committee revises one member&apos;s mark, with its reason. The original mark stays in the file and in the memo beside the moderated one; the revision is logged and signed.</source>
        <translation>समिति कारण सहित एक सदस्य का अंक संशोधित करती है। मूल अंक फ़ाइल में और ज्ञापन में संशोधित अंक के साथ रहता है; संशोधन दर्ज और हस्ताक्षरित होता है।</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Save the Sheet</source>
        <translation>पत्रक सहेजें</translation>
    </message>
    <message>
        <source>Open a Sheet</source>
        <translation>पत्रक खोलें</translation>
    </message>
    <message>
        <source>Evaluator sheets (*.tulana-sheet)</source>
        <translation>मूल्यांकन पत्रक (*.tulana-sheet)</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>जारीकर्ता:</translation>
    </message>
    <message>
        <source>Sheet for:</source>
        <translation>पत्रक किसके लिए:</translation>
    </message>
    <message>
        <source>Save it as:</source>
        <translation>इस रूप में सहेजें:</translation>
    </message>
    <message>
        <source>The signed sheet:</source>
        <translation>हस्ताक्षरित पत्रक:</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>अंकित नहीं</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Bid:</source>
        <translation>बोली:</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>मानदंड:</translation>
    </message>
    <message>
        <source>Member&apos;s mark:</source>
        <translation>सदस्य का अंक:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>अभी:</translation>
    </message>
    <message>
        <source>Moderated mark:</source>
        <translation>संशोधित अंक:</translation>
    </message>
    <message>
        <source>The committee&apos;s reason:</source>
        <translation>समिति का कारण:</translation>
    </message>
</context>
<context>
    <name>tulana::AmountEdit</name>
    <message>
        <source>Amount in %1</source>
        <translation>%1 में राशि</translation>
    </message>
</context>
<context>
    <name>tulana::BidsModel</name>
    <message>
        <source>reason required</source>
        <translation>कारण आवश्यक</translation>
    </message>
    <message>
        <source>Say why the bid is %1: the record must give the reason.</source>
        <translation>बताएँ कि बोली %1 क्यों है: अभिलेख में कारण दर्ज होना चाहिए।</translation>
    </message>
    <message>
        <source>The quoted price, excluding taxes, is still missing.</source>
        <translation>करों को छोड़कर उद्धृत मूल्य अभी नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>Every bid needs an id.</source>
        <translation>हर बोली की आईडी आवश्यक है।</translation>
    </message>
    <message>
        <source>The id “%1” is used by another bid.</source>
        <translation>आईडी “%1” एक अन्य बोली द्वारा प्रयुक्त है।</translation>
    </message>
    <message>
        <source>The price was not changed: %1.</source>
        <translation>मूल्य नहीं बदला गया: %1।</translation>
    </message>
    <message>
        <source>The tax was not changed: %1.</source>
        <translation>कर नहीं बदला गया: %1।</translation>
    </message>
    <message>
        <source>The amount must be a finite number.</source>
        <translation>राशि एक परिमित संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>The price was not changed: a quoted price must be greater than zero, not %1.</source>
        <translation>मूल्य नहीं बदला गया: उद्धृत मूल्य शून्य से अधिक होना चाहिए, %1 नहीं।</translation>
    </message>
    <message>
        <source>The tax was not changed: it cannot be negative (%1).</source>
        <translation>कर नहीं बदला गया: यह ऋणात्मक नहीं हो सकता (%1)।</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>बोलीदाता</translation>
    </message>
    <message>
        <source>System offered</source>
        <translation>प्रस्तावित प्रणाली</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>प्रकृति</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>मूल्य (%1)</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>कर (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>स्थिति का कारण</translation>
    </message>
    <message>
        <source>The amount was not changed: %1.</source>
        <translation>राशि नहीं बदली गई: %1।</translation>
    </message>
</context>
<context>
    <name>tulana::BidsPage</name>
    <message>
        <source>&amp;Add bid</source>
        <translation>बोली जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove bid</source>
        <translation>बोली हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>बोलियाँ</translation>
    </message>
    <message>
        <source>Add bids from a CSV file: bidder, system, nature, price, tax…</source>
        <translation>CSV फ़ाइल से बोलियाँ जोड़ें: बोलीदाता, प्रणाली, प्रकृति, मूल्य, कर…</translation>
    </message>
    <message>
        <source>New bidder</source>
        <translation>नया बोलीदाता</translation>
    </message>
    <message>
        <source>Import bids</source>
        <translation>बोलियाँ आयात करें</translation>
    </message>
    <message>
        <source>Cannot import bids</source>
        <translation>बोलियाँ आयात नहीं की जा सकतीं</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>No bid was imported from %1. Fix these places in the file and import it again:</source>
        <translation>%1 से कोई बोली आयात नहीं हुई। फ़ाइल में ये स्थान ठीक करें और फिर से आयात करें:</translation>
    </message>
    <message>
        <source>Bids imported</source>
        <translation>बोलियाँ आयात की गईं</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) imported from %1, with these remarks:</source>
        <translation>
            <numerusform>%1 से %n बोली आयात की गई, इन टिप्पणियों के साथ:</numerusform>
            <numerusform>%1 से %n बोलियाँ आयात की गईं, इन टिप्पणियों के साथ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) imported from %1.</source>
        <translation>
            <numerusform>%1 से %n बोली आयात की गई।</numerusform>
            <numerusform>%1 से %n बोलियाँ आयात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>टेम्पलेट सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>No bid was imported from %1.</source>
        <translation>%1 से कोई बोली आयात नहीं हुई।</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Bids files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>बोलियों की फ़ाइलें (*.csv *.xlsx);;CSV फ़ाइलें (*.csv);;Excel वर्कबुक (*.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Save a template for bids</source>
        <translation>बोलियों के लिए टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel वर्कबुक (*.xlsx);;CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as %1: one row per bid, marks in the columns named criterion/member; then Import Bids.</source>
        <translation>टेम्पलेट %1 के रूप में सहेजा गया: प्रति बोली एक पंक्ति, अंक मानदंड/सदस्य नाम वाले स्तंभों में; फिर बोलियाँ आयात करें।</translation>
    </message>
</context>
<context>
    <name>tulana::CertificationsModel</name>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>“%1” कोई तिथि नहीं है: इसे YYYY-MM-DD रूप में लिखें, जैसे 2027-03-31।</translation>
    </message>
    <message>
        <source>Edit a certification of %1</source>
        <translation>%1 का एक प्रमाणन संपादित करें</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>जारीकर्ता</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>वैधता तिथि</translation>
    </message>
    <message>
        <source>Add a certification to %1</source>
        <translation>%1 में एक प्रमाणन जोड़ें</translation>
    </message>
    <message>
        <source>Remove a certification of %1</source>
        <translation>%1 का एक प्रमाणन हटाएँ</translation>
    </message>
</context>
<context>
    <name>tulana::CommitteeEditor</name>
    <message>
        <source>Add &amp;evaluator</source>
        <translation>मूल्यांकनकर्ता जोड़ें(&amp;E)</translation>
    </message>
    <message>
        <source>Remove e&amp;valuator</source>
        <translation>मूल्यांकनकर्ता हटाएँ(&amp;V)</translation>
    </message>
    <message>
        <source>Evaluation committee</source>
        <translation>मूल्यांकन समिति</translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation>मूल्यांकनकर्ता %1</translation>
    </message>
</context>
<context>
    <name>tulana::ConsiderationsModel</name>
    <message>
        <source>Not answered</source>
        <translation>उत्तर नहीं दिया गया</translation>
    </message>
    <message>
        <source>No leaning (not answered)</source>
        <translation>कोई झुकाव नहीं (उत्तर नहीं दिया गया)</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>The facts behind the answer</source>
        <translation>उत्तर के आधारभूत तथ्य</translation>
    </message>
    <message>
        <source>Answer the question to see which way this consideration points.</source>
        <translation>यह विचारणीय बिंदु किस ओर झुकता है, यह देखने के लिए प्रश्न का उत्तर दें।</translation>
    </message>
    <message>
        <source>%1

Table 3 (%2): “%3”</source>
        <translation>%1

तालिका 3 (%2): “%3”</translation>
    </message>
    <message>
        <source>This cell supports the leaning (%1).</source>
        <translation>यह खाना झुकाव का समर्थन करता है (%1)।</translation>
    </message>
    <message>
        <source>Context (your answer)</source>
        <translation>संदर्भ (आपका उत्तर)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>झुकाव</translation>
    </message>
</context>
<context>
    <name>tulana::ConsiderationsPage</name>
    <message>
        <source>Defined purpose of the system</source>
        <translation>प्रणाली का परिभाषित प्रयोजन</translation>
    </message>
    <message>
        <source>What the system is for, in a sentence: the brief asks that the choice follow the defined purpose</source>
        <translation>प्रणाली किस लिए है, एक वाक्य में: नीति-पत्र अपेक्षा करता है कि चयन परिभाषित प्रयोजन के अनुरूप हो</translation>
    </message>
    <message>
        <source>Defined &amp;purpose:</source>
        <translation>परिभाषित प्रयोजन(&amp;P):</translation>
    </message>
    <message>
        <source>Answer each context question (double-click or F2 in the Context column) and note the facts behind the answer. The leaning and the recommendation follow at once; the passage of Table 3 in bold is the one that supports the leaning.</source>
        <translation>प्रत्येक संदर्भ प्रश्न का उत्तर दें (संदर्भ स्तंभ में डबल-क्लिक करें या F2 दबाएँ) और उत्तर के आधारभूत तथ्य लिखें। झुकाव और अनुशंसा तुरंत दिखाई देते हैं; तालिका 3 का मोटे अक्षरों वाला अंश वह है जो झुकाव का समर्थन करता है।</translation>
    </message>
    <message>
        <source>Table 3 considerations</source>
        <translation>तालिका 3 के विचारणीय बिंदु</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>अनुशंसा के कारण</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>अनुशंसा</translation>
    </message>
    <message>
        <source>Show Table 3&apos;s &amp;text in the table</source>
        <translation>तालिका 3 का पाठ तालिका में दिखाएँ(&amp;T)</translation>
    </message>
    <message>
        <source>Show the brief&apos;s text for open source and proprietary in two more columns</source>
        <translation>खुला स्रोत और स्वामित्व वाली प्रणालियों के लिए ब्रीफ़ का पाठ दो और स्तंभों में दिखाएँ</translation>
    </message>
    <message>
        <source>Table 3&apos;s text for the selected consideration</source>
        <translation>चुने गए विचारणीय बिंदु के लिए तालिका 3 का पाठ</translation>
    </message>
</context>
<context>
    <name>tulana::CostComparisonModel</name>
    <message>
        <source>%1: the lowest quoted price</source>
        <translation>%1: न्यूनतम उद्धृत मूल्य</translation>
    </message>
    <message>
        <source>%1: the lowest lifecycle cost</source>
        <translation>%1: न्यूनतम जीवनचक्र लागत</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>उद्धृत मूल्य</translation>
    </message>
    <message>
        <source>Lifecycle cost, total</source>
        <translation>जीवनचक्र लागत, कुल</translation>
    </message>
    <message>
        <source>Lifecycle cost, NPV</source>
        <translation>जीवनचक्र लागत, NPV</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>लॉक-इन</translation>
    </message>
</context>
<context>
    <name>tulana::CostLinesModel</name>
    <message>
        <source>once</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>निकास पर</translation>
    </message>
    <message>
        <source>Not given: the kind&apos;s default year. Type a year to set it, clear it to go back to the default.</source>
        <translation>नहीं दिया गया: लागत-प्रकार का डिफ़ॉल्ट वर्ष। वर्ष निर्धारित करने के लिए उसे टाइप करें; डिफ़ॉल्ट पर लौटने के लिए उसे मिटा दें।</translation>
    </message>
    <message>
        <source>“%1” is not a kind of cost.</source>
        <translation>“%1” कोई लागत-प्रकार नहीं है।</translation>
    </message>
    <message>
        <source>The year was not changed: give a whole number of years from the start (0 to %1), or leave it empty for the kind&apos;s default.</source>
        <translation>वर्ष नहीं बदला गया: आरंभ से वर्षों की पूर्ण संख्या (0 से %1) दें, या लागत-प्रकार के डिफ़ॉल्ट वर्ष के लिए इसे खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>The amount was not changed: %1.</source>
        <translation>राशि नहीं बदली गई: %1।</translation>
    </message>
    <message>
        <source>The amount was not changed: a cost is zero or more, not %1.</source>
        <translation>राशि नहीं बदली गई: लागत शून्य या अधिक होती है, %1 नहीं।</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>लागत का प्रकार</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>कब आती है</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>आरंभिक वर्ष</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>अंतिम वर्ष</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>tulana::CostsPage</name>
    <message>
        <source>&lt;b&gt;%1: lock-in %2&lt;/b&gt; (exit costs %3 of the NPV, recurring costs %4)</source>
        <translation>&lt;b&gt;%1: लॉक-इन %2&lt;/b&gt; (निकास लागतें NPV का %3, आवर्ती लागतें %4)</translation>
    </message>
    <message>
        <source>%1 has no cost lines yet.</source>
        <translation>%1 की अभी कोई लागत मद नहीं है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: lock-in %2.&lt;/b&gt; %3.</source>
        <translation>&lt;b&gt;%1: लॉक-इन %2।&lt;/b&gt; %3।</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <source>Cost lines of each bid</source>
        <translation>प्रत्येक बोली की लागत मदें</translation>
    </message>
    <message>
        <source>Lifecycle cost announced in the tender</source>
        <translation>निविदा में घोषित जीवनचक्र लागत</translation>
    </message>
    <message>
        <source>Price the financial score uses</source>
        <translation>वित्तीय स्कोर में प्रयुक्त मूल्य</translation>
    </message>
    <message>
        <source>the quoted price</source>
        <translation>उद्धृत मूल्य</translation>
    </message>
    <message>
        <source>the lifecycle cost (net present value)</source>
        <translation>जीवनचक्र लागत (शुद्ध वर्तमान मूल्य)</translation>
    </message>
    <message>
        <source>Horizon in years</source>
        <translation>वर्षों में अवधि</translation>
    </message>
    <message>
        <source> years</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <source>Discount rate in percent a year</source>
        <translation>प्रति वर्ष प्रतिशत में छूट दर</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% प्रति वर्ष</translation>
    </message>
    <message>
        <source>The financial score uses</source>
        <translation>वित्तीय स्कोर का आधार</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>छूट दर</translation>
    </message>
    <message>
        <source>Bid shown</source>
        <translation>दिखाई जा रही बोली</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>लागत मद जोड़ें</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>Cost lines of the bid</source>
        <translation>बोली की लागत मदें</translation>
    </message>
    <message>
        <source>Amounts are in the tender&apos;s currency, on its tax basis. A one-time cost falls in year 0, a recurring cost (per year) in each year 1 to the horizon, an exit cost in the last year; give the years to place a line elsewhere (a hardware refresh in year 3, an exit in the middle of the horizon).</source>
        <translation>राशियाँ निविदा की मुद्रा में और उसके कर-आधार पर हैं। एकमुश्त लागत वर्ष 0 में आती है, आवर्ती लागत (प्रति वर्ष) वर्ष 1 से अवधि के अंत तक हर वर्ष, और निकास लागत अंतिम वर्ष में; किसी पंक्ति को अन्य वर्षों में रखने के लिए वर्ष दें (जैसे वर्ष 3 में हार्डवेयर का नवीनीकरण, या अवधि के बीच में निकास)।</translation>
    </message>
    <message>
        <source>Cost lines of the bids side by side</source>
        <translation>बोलियों की लागत मदें साथ-साथ</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>छूट सहित</translation>
    </message>
    <message>
        <source>Show each year&apos;s cost divided by (1 + r/100)^t: the line ends at the net present value</source>
        <translation>हर वर्ष की लागत को (1 + r/100)^t से विभाजित करके दिखाएँ: रेखा शुद्ध वर्तमान मूल्य पर समाप्त होती है</translation>
    </message>
    <message>
        <source>Lifecycle cost %1 in total, %2 in net present value.</source>
        <translation>जीवनचक्र लागत: कुल %1, शुद्ध वर्तमान मूल्य %2।</translation>
    </message>
    <message>
        <source>The financial score uses &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>वित्तीय स्कोर &lt;b&gt;%1&lt;/b&gt; पर आधारित है।</translation>
    </message>
    <message>
        <source>No bid has cost lines yet: enter them under “Cost lines of each bid”.</source>
        <translation>किसी भी बोली की अभी कोई लागत मद नहीं है: उन्हें “प्रत्येक बोली की लागत मदें” के अंतर्गत दर्ज करें।</translation>
    </message>
    <message>
        <source>%1&apos;s financial proposal is not opened: its lifecycle cost and lock-in are worked out once it is.</source>
        <translation>%1 का वित्तीय प्रस्ताव खोला नहीं गया है: उसकी जीवनचक्र लागत और विक्रेता-बंधन (लॉक-इन) उसके खुलने पर निकाले जाएँगे।</translation>
    </message>
</context>
<context>
    <name>tulana::CriteriaModel</name>
    <message>
        <source>The weights of its criteria add up to %1, not %2.</source>
        <translation>इसके मानदंडों के भारांकों का योग %1 है, %2 नहीं।</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of the 100 technical points</source>
        <translation>100 तकनीकी अंकों में से %1</translation>
    </message>
    <message>
        <source>%1 of the 100 technical points; with a technical weight of %2%, this is its share of the combined score</source>
        <translation>100 तकनीकी अंकों में से %1; %2% तकनीकी भारांक के साथ, संयुक्त स्कोर में यह इसका हिस्सा है</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>भारांक</translation>
    </message>
    <message>
        <source>Max marks</source>
        <translation>अधिकतम अंक</translation>
    </message>
    <message>
        <source>Min marks</source>
        <translation>न्यूनतम अंक</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Every criterion needs a name.</source>
        <translation>हर मानदंड का नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>Every criterion needs an id.</source>
        <translation>हर मानदंड की आईडी आवश्यक है।</translation>
    </message>
    <message>
        <source>The id “%1” is used by another criterion.</source>
        <translation>आईडी “%1” एक अन्य मानदंड द्वारा प्रयुक्त है।</translation>
    </message>
    <message>
        <source>A weight is a number of points between 0 and 100.</source>
        <translation>भारांक 0 और 100 के बीच अंकों की संख्या है।</translation>
    </message>
    <message>
        <source>Maximum marks must be greater than zero.</source>
        <translation>अधिकतम अंक शून्य से अधिक होने चाहिए।</translation>
    </message>
    <message>
        <source>Minimum marks must be between 0 and the maximum of %1.</source>
        <translation>न्यूनतम अंक 0 और अधिकतम %1 के बीच होने चाहिए।</translation>
    </message>
</context>
<context>
    <name>tulana::CriteriaPage</name>
    <message>
        <source>Group “%1”: %2</source>
        <translation>समूह “%1”: %2</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>मानदंड जोड़ें(&amp;C)</translation>
    </message>
    <message>
        <source>Add s&amp;ub-criterion</source>
        <translation>उप-मानदंड जोड़ें(&amp;U)</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>समूह जोड़ें(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Add a criterion after the selected one, at the same level</source>
        <translation>चयनित मानदंड के बाद, उसी स्तर पर, एक मानदंड जोड़ें</translation>
    </message>
    <message>
        <source>Add a criterion under the selected one, which becomes a group</source>
        <translation>चयनित मानदंड के नीचे एक मानदंड जोड़ें; चयनित मानदंड समूह बन जाता है</translation>
    </message>
    <message>
        <source>Add a group of criteria at the top level</source>
        <translation>शीर्ष स्तर पर मानदंडों का एक समूह जोड़ें</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>नया मानदंड</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>नया समूह</translation>
    </message>
    <message>
        <source>The tender has no criteria yet: add one.</source>
        <translation>निविदा में अभी कोई मानदंड नहीं है: एक जोड़ें।</translation>
    </message>
    <message>
        <source>The top-level weights add up to %1; they must add up to 100.</source>
        <translation>शीर्ष स्तर के भारांकों का योग %1 है; इनका योग 100 होना चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>Total weight: 100 of 100 technical points, in %n marked criteria.</source>
        <translation>
            <numerusform>कुल भारांक: 100 में से 100 तकनीकी अंक, %n अंकित मानदंड में।</numerusform>
            <numerusform>कुल भारांक: 100 में से 100 तकनीकी अंक, %n अंकित मानदंडों में।</numerusform>
        </translation>
    </message>
    <message>
        <source>The top-level weights add up to %1; they must add up to %2, as the openness sub-criterion takes %3 of the 100 technical points.</source>
        <translation>शीर्ष स्तर के भारांकों का योग %1 है; इनका योग %2 होना चाहिए, क्योंकि 100 तकनीकी अंकों में से %3 अंक खुलेपन के उप-मानदंड के हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Total weight: %1 in %n marked criteria and %2 for openness, 100 technical points in all.</source>
        <translation>
            <numerusform>कुल भारांक: %n अंकित मानदंड में %1 और खुलेपन के लिए %2, कुल 100 तकनीकी अंक।</numerusform>
            <numerusform>कुल भारांक: %n अंकित मानदंडों में %1 और खुलेपन के लिए %2, कुल 100 तकनीकी अंक।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::CriterionEditor</name>
    <message>
        <source>Mi&amp;nimum marks:</source>
        <translation>न्यूनतम अंक(&amp;N):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum marks:</source>
        <translation>अधिकतम अंक(&amp;X):</translation>
    </message>
    <message>
        <source>Criterion id</source>
        <translation>मानदंड की आईडी</translation>
    </message>
    <message>
        <source>Criterion name</source>
        <translation>मानदंड का नाम</translation>
    </message>
    <message>
        <source>Criterion description</source>
        <translation>मानदंड का विवरण</translation>
    </message>
    <message>
        <source>Criterion weight</source>
        <translation>मानदंड का भारांक</translation>
    </message>
    <message>
        <source> points</source>
        <translation> अंक</translation>
    </message>
    <message>
        <source>Maximum marks</source>
        <translation>अधिकतम अंक</translation>
    </message>
    <message>
        <source>A committee average below the minimum disqualifies the bid.</source>
        <translation>न्यूनतम से कम समिति-औसत होने पर बोली अयोग्य हो जाती है।</translation>
    </message>
    <message>
        <source>Minimum marks</source>
        <translation>न्यूनतम अंक</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>आईडी(&amp;I):</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>नाम(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>विवरण(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>भारांक(&amp;W):</translation>
    </message>
    <message>
        <source>Select a criterion to edit it.</source>
        <translation>संपादित करने के लिए एक मानदंड चुनें।</translation>
    </message>
    <message>
        <source>Group of criteria</source>
        <translation>मानदंडों का समूह</translation>
    </message>
    <message>
        <source>Marked criterion</source>
        <translation>अंकित मानदंड</translation>
    </message>
    <message>
        <source>Its criteria share its %1 points.</source>
        <translation>इसके मानदंड इसके %1 अंक आपस में बाँटते हैं।</translation>
    </message>
</context>
<context>
    <name>tulana::CumulativeCostChart</name>
    <message>
        <source>%1 lakh</source>
        <translation>%1 लाख</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 मिलियन</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Cumulative cost: no bid has cost lines yet</source>
        <translation>संचयी लागत: किसी भी बोली की अभी कोई लागत मद नहीं है</translation>
    </message>
    <message>
        <source>Cumulative cost, discounted (net present value)</source>
        <translation>संचयी लागत, छूट सहित (शुद्ध वर्तमान मूल्य)</translation>
    </message>
    <message>
        <source>Cumulative cost, undiscounted</source>
        <translation>संचयी लागत, बिना छूट</translation>
    </message>
</context>
<context>
    <name>tulana::DecisionPage</name>
    <message>
        <source>&amp;Finalise Decision…</source>
        <translation>निर्णय को अंतिम रूप दें(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reopen Decision</source>
        <translation>निर्णय पुनः खोलें(&amp;R)</translation>
    </message>
    <message>
        <source>Selected bid</source>
        <translation>चयनित बोली</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>निर्णय की तिथि</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>तिथि नहीं दी गई</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>&amp;Selected bid:</source>
        <translation>चयनित बोली(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>तिथि(&amp;D):</translation>
    </message>
    <message>
        <source>Open-source bids passed over</source>
        <translation>छोड़ी गई खुला स्रोत बोलियाँ</translation>
    </message>
    <message>
        <source>Gaps are the selected bid&apos;s figure minus the open-source bid&apos;s: a positive score gap means the selected bid scored higher, a positive price gap that it costs more.</source>
        <translation>अंतर चयनित बोली के आँकड़े में से खुला स्रोत बोली का आँकड़ा घटाकर है: धनात्मक स्कोर-अंतर का अर्थ है कि चयनित बोली का स्कोर अधिक है, धनात्मक मूल्य-अंतर का अर्थ है कि उसकी लागत अधिक है।</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>विचलन</translation>
    </message>
    <message>
        <source>Record the decision as final: it is checked first</source>
        <translation>निर्णय को अंतिम के रूप में दर्ज करें: पहले उसकी जाँच की जाती है</translation>
    </message>
    <message>
        <source>Withdraw the finalisation so that the decision can be changed</source>
        <translation>अंतिम रूप वापस लें ताकि निर्णय बदला जा सके</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>अंतिम रूप देना</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>औचित्य</translation>
    </message>
    <message>
        <source>The evaluation&apos;s winner is %1%2.</source>
        <translation>मूल्यांकन का विजेता %1 है%2।</translation>
    </message>
    <message>
        <source>, selected until you choose</source>
        <translation>, जो आपके चयन करने तक चयनित रहेगा</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>अनुशंसा: %1</translation>
    </message>
    <message>
        <source>Finalised on %1: %2 (%3) is selected. The memo is no longer a draft. Reopen the decision to change it.</source>
        <translation>%1 को अंतिम रूप दिया गया: %2 (%3) चयनित है। ज्ञापन अब मसौदा नहीं है। इसे बदलने के लिए निर्णय पुनः खोलें।</translation>
    </message>
    <message>
        <source>The decision is final.</source>
        <translation>निर्णय अंतिम है।</translation>
    </message>
    <message>
        <source>This decision was finalised, but what it was finalised on has changed since (a mark, price or weight, the context, or the decision itself): it is not final any more. Finalise it again, or undo the change to restore it.</source>
        <translation>इस निर्णय को अंतिम रूप दिया गया था, पर जिन आधारों पर इसे अंतिम रूप दिया गया था वे तब से बदल गए हैं (कोई अंक, मूल्य या भारांक, संदर्भ, या स्वयं निर्णय): अब यह अंतिम नहीं है। इसे फिर से अंतिम रूप दें, या इसे बहाल करने के लिए परिवर्तन पूर्ववत करें।</translation>
    </message>
    <message>
        <source>Not finalised yet: select the bid, date the decision, justify any departure, then finalise. Until then the memo is a draft.</source>
        <translation>अभी अंतिम रूप नहीं दिया गया: बोली चुनें, निर्णय की तिथि दर्ज करें, किसी भी विचलन का औचित्य दें, फिर अंतिम रूप दें। तब तक ज्ञापन मसौदा है।</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is missing: the decision can be finalised.&lt;/p&gt;</source>
        <translation>&lt;p&gt;कुछ भी कम नहीं है: निर्णय को अंतिम रूप दिया जा सकता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before it can be finalised:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;अंतिम रूप दिए जाने से पहले:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To consider:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;विचारार्थ:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>, rank %1</source>
        <translation>, रैंक %1</translation>
    </message>
    <message>
        <source>, not qualified</source>
        <translation>, योग्य नहीं</translation>
    </message>
    <message>
        <source>Cannot finalise the decision</source>
        <translation>निर्णय को अंतिम रूप नहीं दिया जा सकता</translation>
    </message>
    <message>
        <source>The decision cannot be finalised yet. What is missing:</source>
        <translation>निर्णय को अभी अंतिम रूप नहीं दिया जा सकता। जो कमी है:</translation>
    </message>
</context>
<context>
    <name>tulana::DerivationPanel</name>
    <message>
        <source>Input</source>
        <translation>इनपुट</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Source in the tender file</source>
        <translation>निविदा फ़ाइल में स्रोत</translation>
    </message>
    <message>
        <source>Why this number</source>
        <translation>यह संख्या क्यों</translation>
    </message>
    <message>
        <source>Warnings about the award</source>
        <translation>अधिनिर्णय के बारे में चेतावनियाँ</translation>
    </message>
    <message>
        <source>Derivation of the selected number</source>
        <translation>चयनित संख्या की व्युत्पत्ति</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rank reversal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;रैंक उलटना:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tie-break:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;टाई-ब्रेक:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No award:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;कोई अधिनिर्णय नहीं:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Select a score to see how it was worked out.</source>
        <translation>यह देखने के लिए कि स्कोर की गणना कैसे हुई, एक स्कोर चुनें।</translation>
    </message>
    <message>
        <source>No number here</source>
        <translation>यहाँ कोई संख्या नहीं</translation>
    </message>
    <message>
        <source>This number does not exist for this bid.</source>
        <translation>इस बोली के लिए यह संख्या मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>सूत्र</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>गणना</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>इनपुट</translation>
    </message>
    <message>
        <source>%1 (before rounding %2)</source>
        <translation>%1 (पूर्णांकन से पहले %2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>tulana::DisagreementModel</name>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <source>Fewer than two members marked this: no spread.</source>
        <translation>इस पर दो से कम सदस्यों ने अंक दिए: कोई अंतर नहीं।</translation>
    </message>
</context>
<context>
    <name>tulana::EligibilityCriteriaModel</name>
    <message>
        <source>A pilot deployment is accepted in place of the requirement</source>
        <translation>आवश्यकता के स्थान पर पायलट परिनियोजन स्वीकार्य है</translation>
    </message>
    <message>
        <source>A third-party audit is accepted in place of the requirement</source>
        <translation>आवश्यकता के स्थान पर तृतीय-पक्ष लेखा-परीक्षा (ऑडिट) स्वीकार्य है</translation>
    </message>
    <message>
        <source>Accept a %1 for %2</source>
        <translation>%2 के लिए %1 स्वीकार करें</translation>
    </message>
    <message>
        <source>No longer accept a %1 for %2</source>
        <translation>%2 के लिए %1 अब स्वीकार न करें</translation>
    </message>
    <message>
        <source>Every eligibility criterion needs an id.</source>
        <translation>हर पात्रता मानदंड की एक आईडी होनी चाहिए।</translation>
    </message>
    <message>
        <source>The id “%1” is used by another eligibility criterion.</source>
        <translation>आईडी “%1” किसी अन्य पात्रता मानदंड द्वारा प्रयुक्त है।</translation>
    </message>
    <message>
        <source>Edit eligibility criterion %1</source>
        <translation>पात्रता मानदंड %1 संपादित करें</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>आवश्यकता</translation>
    </message>
    <message>
        <source>Pilot accepted</source>
        <translation>पायलट स्वीकार्य</translation>
    </message>
    <message>
        <source>Audit accepted</source>
        <translation>लेखा-परीक्षा स्वीकार्य</translation>
    </message>
    <message>
        <source>New eligibility criterion</source>
        <translation>नया पात्रता मानदंड</translation>
    </message>
    <message>
        <source>Add eligibility criterion %1</source>
        <translation>पात्रता मानदंड %1 जोड़ें</translation>
    </message>
    <message>
        <source>Remove eligibility criterion %1</source>
        <translation>पात्रता मानदंड %1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>tulana::EligibilityPage</name>
    <message>
        <source>Pass/fail criteria checked before technical scoring: a bid that fails one is not scored. As the policy brief recommends, the tender may accept a pilot deployment or a third-party audit in place of large prior deployments; only what it announces counts.</source>
        <translation>तकनीकी अंकन से पहले जाँचे जाने वाले उत्तीर्ण/अनुत्तीर्ण मानदंड: जो बोली इनमें से किसी एक में भी अनुत्तीर्ण होती है, उसे स्कोर नहीं दिया जाता। नीति-पत्र की अनुशंसा के अनुसार, निविदा बड़े पूर्व परिनियोजनों के स्थान पर पायलट परिनियोजन या तृतीय-पक्ष लेखा-परीक्षा स्वीकार कर सकती है; केवल वही मान्य है जिसकी निविदा घोषणा करती है।</translation>
    </message>
    <message>
        <source>Eligibility criteria announced in the tender</source>
        <translation>निविदा में घोषित पात्रता मानदंड</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>पात्रता मानदंड</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>मानदंड जोड़ें</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>मानदंड हटाएँ</translation>
    </message>
    <message>
        <source>Findings for a bid</source>
        <translation>किसी बोली के निष्कर्ष</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>Bid:</source>
        <translation>बोली:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>उद्यम श्रेणी</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <source>e.g. an Udyam or DPIIT number</source>
        <translation>जैसे Udyam या DPIIT संख्या</translation>
    </message>
    <message>
        <source>Apply a preference…</source>
        <translation>वरीयता लागू करें…</translation>
    </message>
    <message>
        <source>What the tender&apos;s rules say about a preference for micro and small enterprises or start-ups</source>
        <translation>सूक्ष्म और लघु उद्यमों या स्टार्ट-अप के लिए वरीयता के बारे में निविदा के नियम क्या कहते हैं</translation>
    </message>
    <message>
        <source>Designation:</source>
        <translation>उद्यम श्रेणी:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>पंजीकरण:</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>प्रमाणन</translation>
    </message>
    <message>
        <source>Add certification</source>
        <translation>प्रमाणन जोड़ें</translation>
    </message>
    <message>
        <source>Remove certification</source>
        <translation>प्रमाणन हटाएँ</translation>
    </message>
    <message>
        <source>Certifications (STQC-style or other third-party assurance) are evidence for the evaluators beside the technical criteria; they add no marks by themselves.</source>
        <translation>प्रमाणन (STQC जैसे या अन्य तृतीय-पक्ष आश्वासन) तकनीकी मानदंडों के साथ-साथ मूल्यांकनकर्ताओं के लिए साक्ष्य हैं; वे स्वयं कोई अंक नहीं जोड़ते।</translation>
    </message>
    <message>
        <source>No bid has been entered.</source>
        <translation>कोई बोली दर्ज नहीं की गई है।</translation>
    </message>
    <message>
        <source>%1 is %2: eligibility is not assessed.</source>
        <translation>%1 %2 है: पात्रता का आकलन नहीं किया जाता।</translation>
    </message>
    <message>
        <source>The tender states no eligibility criteria: every bid is scored.</source>
        <translation>निविदा में कोई पात्रता मानदंड नहीं दिए गए हैं: हर बोली को स्कोर दिया जाता है।</translation>
    </message>
    <message>
        <source>Tulana applies no preference for micro and small enterprises or start-ups: the scores follow only the criteria and weights announced in the tender.

%1</source>
        <translation>Tulana सूक्ष्म और लघु उद्यमों या स्टार्ट-अप के लिए कोई वरीयता लागू नहीं करता: स्कोर केवल निविदा में घोषित मानदंडों और भारांकों के अनुसार होते हैं।

%1</translation>
    </message>
    <message>
        <source>No preference applied</source>
        <translation>कोई वरीयता लागू नहीं की गई</translation>
    </message>
</context>
<context>
    <name>tulana::EligibilityResponsesModel</name>
    <message>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>पूर्ति का आधार</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>साक्ष्य</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>किस रूप में मान्य</translation>
    </message>
</context>
<context>
    <name>tulana::EnvelopeForm</name>
    <message>
        <source>Envelope file sealed by the bidder:</source>
        <translation>बोलीदाता द्वारा सील की गई लिफ़ाफ़ा फ़ाइल:</translation>
    </message>
    <message>
        <source>Figures received on paper, sealed now:</source>
        <translation>काग़ज़ पर मिले आँकड़े, अभी सील किए जाएँगे:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Bid:</source>
        <translation>बोली:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>मूल्य:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>कर:</translation>
    </message>
    <message>
        <source>Choose an Envelope</source>
        <translation>लिफ़ाफ़ा चुनें</translation>
    </message>
    <message>
        <source>Sealed envelopes (*.envelope)</source>
        <translation>मुहरबंद लिफ़ाफ़े (*.envelope)</translation>
    </message>
    <message>
        <source>Every bid&apos;s envelope has been received.</source>
        <translation>हर बोली का लिफ़ाफ़ा प्राप्त हो चुका है।</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>मूल्य शून्य से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <source>Choose the envelope file the bidder sealed.</source>
        <translation>बोलीदाता द्वारा सील की गई लिफ़ाफ़ा फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>%1 is not a sealed financial envelope.</source>
        <translation>%1 मुहरबंद वित्तीय लिफ़ाफ़ा नहीं है।</translation>
    </message>
    <message>
        <source>This is the envelope of %1, not of %2.</source>
        <translation>यह %1 का लिफ़ाफ़ा है, %2 का नहीं।</translation>
    </message>
</context>
<context>
    <name>tulana::EvaluationPage</name>
    <message>
        <source>Ranking</source>
        <translation>रैंकिंग</translation>
    </message>
    <message>
        <source>The tender cannot be evaluated yet:</source>
        <translation>निविदा का अभी मूल्यांकन नहीं हो सकता:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…और %n अन्य।</numerusform>
            <numerusform>…और %n अन्य।</numerusform>
        </translation>
    </message>
    <message>
        <source>No award: %1</source>
        <translation>कोई अधिनिर्णय नहीं: %1</translation>
    </message>
    <message>
        <source>combined score %1</source>
        <translation>संयुक्त स्कोर %1</translation>
    </message>
    <message>
        <source>lowest evaluated price %1 %2</source>
        <translation>न्यूनतम मूल्यांकित मूल्य %1 %2</translation>
    </message>
    <message>
        <source>technical score %1</source>
        <translation>तकनीकी स्कोर %1</translation>
    </message>
    <message>
        <source>Winner: %1, %2 (%3), %4.</source>
        <translation>विजेता: %1, %2 (%3), %4।</translation>
    </message>
    <message>
        <source>No tender yet. Start one with File ▸ New Tender… (Ctrl+N), or open a .tulana file (Ctrl+O) or drop one on this window. New to Tulana? Training ▸ Start a Case… walks you through a real tender step by step.</source>
        <translation>अभी कोई निविदा नहीं। फ़ाइल ▸ नई निविदा… (Ctrl+N) से शुरू करें, या कोई .tulana फ़ाइल खोलें (Ctrl+O) या इस विंडो पर छोड़ें। Tulana में नए हैं? प्रशिक्षण ▸ केस शुरू करें… आपको एक वास्तविक निविदा पर चरण-दर-चरण आगे ले चलता है।</translation>
    </message>
</context>
<context>
    <name>tulana::EvaluatorsModel</name>
    <message>
        <source>Every evaluator needs an id.</source>
        <translation>हर मूल्यांकनकर्ता की आईडी आवश्यक है।</translation>
    </message>
    <message>
        <source>The id “%1” is used by another evaluator.</source>
        <translation>आईडी “%1” एक अन्य मूल्यांकनकर्ता द्वारा प्रयुक्त है।</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
</context>
<context>
    <name>tulana::ExchangeActions</name>
    <message>
        <source>Evaluation &amp;Workbook…</source>
        <translation>मूल्यांकन वर्कबुक(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;OCDS Release…</source>
        <translation>OCDS रिलीज़(&amp;O)…</translation>
    </message>
    <message>
        <source>New from &amp;OCDS Release…</source>
        <translation>OCDS रिलीज़ से नई(&amp;O)…</translation>
    </message>
    <message>
        <source>An Excel workbook in which every score is a formula over the marks and prices, for an auditor to recalculate</source>
        <translation>ऐसी Excel वर्कबुक जिसमें हर स्कोर अंकों और मूल्यों पर एक सूत्र है, लेखा परीक्षक द्वारा दोबारा गणना के लिए</translation>
    </message>
    <message>
        <source>The award as an Open Contracting Data Standard release, with the bids and their scores, to publish</source>
        <translation>अधिनिर्णय, बोलियों और उनके स्कोर सहित, Open Contracting Data Standard रिलीज़ के रूप में, प्रकाशन के लिए</translation>
    </message>
    <message>
        <source>Start a tender from a published OCDS release: title, entity, weights, criteria and bidders</source>
        <translation>प्रकाशित OCDS रिलीज़ से निविदा आरंभ करें: शीर्षक, संस्था, भारांक, मानदंड और बोलीदाता</translation>
    </message>
    <message>
        <source>Export the evaluation workbook</source>
        <translation>मूल्यांकन वर्कबुक निर्यात करें</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook was not written: %1</source>
        <translation>वर्कबुक लिखी नहीं गई: %1</translation>
    </message>
    <message>
        <source>Export an OCDS release</source>
        <translation>OCDS रिलीज़ निर्यात करें</translation>
    </message>
    <message>
        <source>OCDS release packages (*.json)</source>
        <translation>OCDS रिलीज़ पैकेज (*.json)</translation>
    </message>
    <message>
        <source>The release was not written: %1</source>
        <translation>रिलीज़ लिखी नहीं गई: %1</translation>
    </message>
    <message>
        <source>The ocid prefix your office registered with OCDS (&quot;ocds-&quot; and six letters or digits; %1 is the prefix for tests):</source>
        <translation>आपके कार्यालय द्वारा OCDS में पंजीकृत ocid उपसर्ग (&quot;ocds-&quot; और छह अक्षर या अंक; %1 परीक्षण का उपसर्ग है):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ocid prefix: it is &quot;ocds-&quot; and six lowercase letters or digits.</source>
        <translation>&quot;%1&quot; ocid उपसर्ग नहीं है: यह &quot;ocds-&quot; और छह छोटे अक्षर या अंक होता है।</translation>
    </message>
</context>
<context>
    <name>tulana::FieldHints</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>tulana::JustificationEditor</name>
    <message>
        <source>Reason tied to “%1”</source>
        <translation>“%1” से जुड़ा कारण</translation>
    </message>
    <message>
        <source>Reason for departing from the evaluation</source>
        <translation>मूल्यांकन से विचलन का कारण</translation>
    </message>
    <message>
        <source>Overall statement</source>
        <translation>समग्र कथन</translation>
    </message>
    <message>
        <source>Overall &amp;statement (why this bid, and how the concerns that favour open source are met):</source>
        <translation>समग्र कथन(&amp;S) (यही बोली क्यों, और खुला स्रोत के पक्ष वाली चिंताओं का समाधान कैसे होता है):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — not answered on the Considerations page</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — विचारणीय बिंदु पृष्ठ पर उत्तर नहीं दिया गया</translation>
    </message>
    <message>
        <source>The selection departs from the open-source option. Give a reason for each consideration of Table 3 the decision relies on (at least one; leave the others empty), and the overall statement.</source>
        <translation>चयन खुला स्रोत विकल्प से विचलन है। निर्णय तालिका 3 के जिन विचारणीय बिंदुओं पर आधारित है, उनमें से हर एक का कारण दें (कम से कम एक; शेष को खाली छोड़ दें), और समग्र कथन भी दें।</translation>
    </message>
    <message>
        <source>The selection departs from the evaluation: say why the evaluation&apos;s winner is not selected.</source>
        <translation>चयन मूल्यांकन से विचलन है: बताएँ कि मूल्यांकन के विजेता का चयन क्यों नहीं किया गया।</translation>
    </message>
    <message>
        <source>The selection departs neither from the open-source option nor from the evaluation: no justification is needed.</source>
        <translation>चयन न तो खुला स्रोत विकल्प से विचलन है और न ही मूल्यांकन से: किसी औचित्य की आवश्यकता नहीं है।</translation>
    </message>
    <message>
        <source>Departure from the &amp;evaluation (needed: the selected bid is not the evaluation&apos;s winner):</source>
        <translation>मूल्यांकन से विचलन(&amp;E) (आवश्यक: चयनित बोली मूल्यांकन की विजेता नहीं है):</translation>
    </message>
    <message>
        <source>Departure from the &amp;evaluation (not needed):</source>
        <translation>मूल्यांकन से विचलन(&amp;E) (आवश्यक नहीं):</translation>
    </message>
</context>
<context>
    <name>tulana::KeyPicker</name>
    <message>
        <source>%1 is not a Tulana key file (%2)</source>
        <translation>%1 Tulana की कुंजी फ़ाइल नहीं है (%2)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>Choose a key…</source>
        <translation>कुंजी चुनें…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>अन्य फ़ाइल…</translation>
    </message>
    <message>
        <source>Choose a key file kept elsewhere (a USB stick, a backup)</source>
        <translation>कहीं और रखी कुंजी फ़ाइल चुनें (यूएसबी स्टिक, बैकअप)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Passphrase of the key</source>
        <translation>कुंजी का पासफ़्रेज़</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a key: the person&apos;s name, then the actor id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a Key File</source>
        <translation>कुंजी फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Tulana keys (*.tulana-key)</source>
        <translation>Tulana कुंजियाँ (*.tulana-key)</translation>
    </message>
    <message>
        <source>No key is chosen.</source>
        <translation>कोई कुंजी नहीं चुनी गई।</translation>
    </message>
</context>
<context>
    <name>tulana::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>Takes effect when Tulana is restarted</source>
        <translation>Tulana को पुनः आरंभ करने पर लागू होती है</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>सिस्टम की भाषा(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Tulana will be in %1 the next time it starts.</source>
        <translation>अगली बार आरंभ होने पर Tulana %1 में होगा।</translation>
    </message>
</context>
<context>
    <name>tulana::LeaningChart</name>
    <message>
        <source>Leanings of the considerations</source>
        <translation>विचारणीय बिंदुओं के झुकाव</translation>
    </message>
    <message>
        <source>Leanings chart</source>
        <translation>झुकाव चार्ट</translation>
    </message>
    <message>
        <source>Favour open source: %1</source>
        <translation>खुला स्रोत के पक्ष में: %1</translation>
    </message>
    <message>
        <source>Neutral: %1</source>
        <translation>तटस्थ: %1</translation>
    </message>
    <message>
        <source>Favour proprietary: %1</source>
        <translation>स्वामित्व वाले के पक्ष में: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>उत्तर नहीं दिया गया: %1</translation>
    </message>
</context>
<context>
    <name>tulana::MainWindow</name>
    <message>
        <source>Tender</source>
        <translation>निविदा</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>बोलियाँ</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <source>&amp;New Tender…</source>
        <translation>नई निविदा(&amp;N)…</translation>
    </message>
    <message>
        <source>Set up a new tender: method, rulebook, weights and options</source>
        <translation>नई निविदा तैयार करें: पद्धति, नियम-पुस्तिका, भारांक और विकल्प</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>इस रूप में सहेजें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल की फ़ाइलें खोलें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;Criterion</source>
        <translation>मानदंड जोड़ें(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>समूह जोड़ें(&amp;G)</translation>
    </message>
    <message>
        <source>Add &amp;Bid</source>
        <translation>बोली जोड़ें(&amp;B)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;खोली गई&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>संपादन इतिहास</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tulana</source>
        <translation>Tulana के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1[*]%2 — Tulana</source>
        <translation>%1[*]%2 — Tulana</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n bid(s)</source>
        <translation>
            <numerusform>%1 · %n बोली</numerusform>
            <numerusform>%1 · %n बोलियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · cannot be evaluated yet (%n problem(s))</source>
        <translation>
            <numerusform> · अभी मूल्यांकन नहीं हो सकता (%n समस्या)</numerusform>
            <numerusform> · अभी मूल्यांकन नहीं हो सकता (%n समस्याएँ)</numerusform>
        </translation>
    </message>
    <message>
        <source> · winner %1</source>
        <translation> · विजेता %1</translation>
    </message>
    <message>
        <source> · no award</source>
        <translation> · कोई अधिनिर्णय नहीं</translation>
    </message>
    <message>
        <source>About Tulana</source>
        <translation>Tulana के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tulana %1&lt;/h3&gt;&lt;p&gt;Evaluate AI-system tenders by QCBS, L1, QBS or FBS, with every number traceable to the tender file.&lt;/p&gt;&lt;p&gt;तुलना means “comparison”.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tulana %1&lt;/h3&gt;&lt;p&gt;QCBS, L1, QBS या FBS द्वारा एआई-प्रणाली निविदाओं का मूल्यांकन, हर संख्या निविदा फ़ाइल तक अनुरेखणीय।&lt;/p&gt;&lt;p&gt;तुलना का अर्थ है “comparison”।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tulana tenders (*.tulana)</source>
        <translation>Tulana निविदाएँ (*.tulana)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>असहेजे परिवर्तन</translation>
    </message>
    <message>
        <source>The tender “%1” has changes that are not saved.</source>
        <translation>निविदा “%1” में ऐसे परिवर्तन हैं जो सहेजे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>क्या आप उन्हें सहेजना चाहते हैं?</translation>
    </message>
    <message>
        <source>Cannot open tender</source>
        <translation>निविदा खोली नहीं जा सकती</translation>
    </message>
    <message>
        <source>%1 could not be opened. The tender on screen is unchanged.</source>
        <translation>%1 खोली नहीं जा सकी। स्क्रीन पर निविदा अपरिवर्तित है।</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 खोली गई</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>निविदा</translation>
    </message>
    <message>
        <source>Save tender</source>
        <translation>निविदा सहेजें</translation>
    </message>
    <message>
        <source>Cannot save tender</source>
        <translation>निविदा सहेजी नहीं जा सकती</translation>
    </message>
    <message>
        <source>%1 was not saved: %2
The file on disk is unchanged.</source>
        <translation>%1 सहेजी नहीं गई: %2
डिस्क पर फ़ाइल अपरिवर्तित है।</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <source>Open tender</source>
        <translation>निविदा खोलें</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>कोई हाल की फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>सूची साफ़ करें(&amp;C)</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>खुलापन</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>विचारणीय बिंदु</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Wrote the memo to %1</source>
        <translation>ज्ञापन %1 में लिखा गया</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>पात्रता</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>लागतें</translation>
    </message>
    <message>
        <source>Veri&amp;fy Memo…</source>
        <translation>ज्ञापन सत्यापित करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Check whether a memo was made from this tender, and which edits changed it since</source>
        <translation>जाँचें कि ज्ञापन इसी निविदा से बना था या नहीं, और तब से किन संपादनों ने इसे बदला</translation>
    </message>
    <message>
        <source>Verify a memo</source>
        <translation>ज्ञापन सत्यापित करें</translation>
    </message>
    <message>
        <source>Memos (*.pdf *.odt *.html *.htm *.md);;All files (*)</source>
        <translation>ज्ञापन (*.pdf *.odt *.html *.htm *.md);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Verify memo</source>
        <translation>ज्ञापन सत्यापन</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>प्रक्रिया</translation>
    </message>
    <message>
        <source>This edit was not made. %1</source>
        <translation>यह संपादन नहीं किया गया। %1</translation>
    </message>
    <message numerus="yes">
        <source>The recorded process does not verify (%n problem(s)): see the Process page</source>
        <translation>
            <numerusform>दर्ज प्रक्रिया सत्यापित नहीं होती (%n समस्या): प्रक्रिया पृष्ठ देखें</numerusform>
            <numerusform>दर्ज प्रक्रिया सत्यापित नहीं होती (%n समस्याएँ): प्रक्रिया पृष्ठ देखें</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>संवेदनशीलता</translation>
    </message>
    <message>
        <source>&amp;Import Bids…</source>
        <translation>बोलियाँ आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Save a &amp;Template for Bids…</source>
        <translation>बोलियों के लिए टेम्पलेट सहेजें(&amp;T)…</translation>
    </message>
    <message>
        <source>A workbook (or CSV) with the columns this tender&apos;s bid import expects, to fill in a spreadsheet</source>
        <translation>इस निविदा के बोली आयात के अपेक्षित स्तंभों वाली वर्कबुक (या CSV), स्प्रेडशीट में भरने के लिए</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>निर्यात(&amp;X)</translation>
    </message>
    <message>
        <source>New tender from an OCDS release</source>
        <translation>OCDS रिलीज़ से नई निविदा</translation>
    </message>
    <message>
        <source>OCDS releases (*.json);;All files (*)</source>
        <translation>OCDS रिलीज़ (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 could not be read. The tender on screen is unchanged.
%2</source>
        <translation>%1 पढ़ी नहीं जा सकी। स्क्रीन पर निविदा अपरिवर्तित है।
%2</translation>
    </message>
    <message>
        <source>The tender is started from %1. To complete, as the release does not say:</source>
        <translation>निविदा %1 से आरंभ की गई है। पूरा करना है, क्योंकि रिलीज़ में नहीं बताया गया:</translation>
    </message>
    <message>
        <source>Re&amp;gistry of AI Procurements…</source>
        <translation>एआई प्रापण का रजिस्टर(&amp;G)…</translation>
    </message>
    <message>
        <source>Registry &amp;Connection…</source>
        <translation>रजिस्टर का कनेक्शन(&amp;C)…</translation>
    </message>
    <message>
        <source>Evaluator sheets (*.tulana-sheet)</source>
        <translation>मूल्यांकन पत्रक (*.tulana-sheet)</translation>
    </message>
    <message>
        <source>Unsaved work is not protected from a crash: its recovery copy could not be written. %1</source>
        <translation>बिना सहेजा काम क्रैश से सुरक्षित नहीं है: उसकी पुनर्प्राप्ति प्रति नहीं लिखी जा सकी। %1</translation>
    </message>
</context>
<context>
    <name>tulana::MarksModel</name>
    <message>
        <source>Out of range: marks are between 0 and %1.</source>
        <translation>सीमा से बाहर: अंक 0 और %1 के बीच होते हैं।</translation>
    </message>
    <message>
        <source>Not marked yet (out of %1).</source>
        <translation>अभी अंक नहीं दिए गए (%1 में से)।</translation>
    </message>
    <message>
        <source>Committee average: %1 of %2</source>
        <translation>समिति का औसत: %2 में से %1</translation>
    </message>
    <message>
        <source>The technical score from the committee&apos;s averages.</source>
        <translation>समिति के औसतों से तकनीकी स्कोर।</translation>
    </message>
    <message>
        <source>The mark was not changed: marks for “%1” are between 0 and %2.</source>
        <translation>अंक नहीं बदला गया: “%1” के अंक 0 और %2 के बीच होते हैं।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation>तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>%1  %2 (of %3)</source>
        <translation>%1  %2 (%3 में से)</translation>
    </message>
    <message>
        <source>Mark from %1: %2 of %3</source>
        <translation>%1 के अंक: %3 में से %2</translation>
    </message>
    <message>
        <source>The technical score these marks alone would give. The evaluation uses the committee&apos;s, on the committee view.</source>
        <translation>केवल इन अंकों से मिलने वाला तकनीकी स्कोर। मूल्यांकन समिति के स्कोर का उपयोग करता है, जो समिति दृश्य में है।</translation>
    </message>
</context>
<context>
    <name>tulana::MarksPage</name>
    <message>
        <source>Evaluator</source>
        <translation>मूल्यांकनकर्ता</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>मूल्यांकनकर्ता(&amp;E):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Committee average</source>
        <translation>समिति का औसत</translation>
    </message>
    <message>
        <source>The committee&apos;s average marks, which the evaluation uses. Choose an evaluator to enter marks.</source>
        <translation>समिति के औसत अंक, जिन्हें मूल्यांकन प्रयुक्त करता है। अंक दर्ज करने के लिए एक मूल्यांकनकर्ता चुनें।</translation>
    </message>
    <message>
        <source>%1 offers a certification: %2</source>
        <translation>%1 ने एक प्रमाणन प्रस्तुत किया है: %2</translation>
    </message>
    <message>
        <source>Not eligible, so not technically scored: %1 (see the Eligibility page).</source>
        <translation>अपात्र, अतः तकनीकी स्कोर नहीं दिया गया: %1 (पात्रता पृष्ठ देखें)।</translation>
    </message>
    <message>
        <source>This sheet shows only this evaluator&apos;s marks; the committee&apos;s average, which the evaluation uses, is on the committee view. Type a mark to enter it; an empty cell is not marked yet.</source>
        <translation>यह पत्रक केवल इस मूल्यांकनकर्ता के अंक दिखाता है; समिति का औसत, जिसका मूल्यांकन में उपयोग होता है, समिति दृश्य में है। अंक दर्ज करने के लिए उसे टाइप करें; खाली खाने का अर्थ है कि अभी अंक नहीं दिए गए।</translation>
    </message>
    <message>
        <source>Disagreement among the members</source>
        <translation>सदस्यों के बीच असहमति</translation>
    </message>
    <message>
        <source>Spread of the members&apos; own marks (highest − lowest, share of the maximum):</source>
        <translation>सदस्यों के अपने अंकों में अंतर (उच्चतम − निम्नतम, अधिकतम का अंश):</translation>
    </message>
    <message>
        <source>Spread of the members&apos; marks, criterion by bid</source>
        <translation>सदस्यों के अंकों में अंतर, मानदंड और बोली के अनुसार</translation>
    </message>
    <message>
        <source>Findings about the committee&apos;s marks</source>
        <translation>समिति के अंकों के बारे में निष्कर्ष</translation>
    </message>
    <message>
        <source>below %1: below notable</source>
        <translation>%1 से कम: उल्लेखनीय से कम</translation>
    </message>
    <message>
        <source>%1 to %2: notable</source>
        <translation>%1 से %2: उल्लेखनीय</translation>
    </message>
    <message>
        <source>over %1: wide</source>
        <translation>%1 से अधिक: व्यापक</translation>
    </message>
</context>
<context>
    <name>tulana::MemoActions</name>
    <message>
        <source>PDF, for signing and filing (*.pdf)</source>
        <translation>PDF, हस्ताक्षर और फ़ाइल में रखने के लिए (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>OpenDocument पाठ, संपादन योग्य (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>वेब पृष्ठ (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Memo Pre&amp;view…</source>
        <translation>ज्ञापन पूर्वावलोकन(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport Memo…</source>
        <translation>ज्ञापन निर्यात करें(&amp;X)…</translation>
    </message>
    <message>
        <source>See the decision memo as it will be printed</source>
        <translation>निर्णय ज्ञापन को वैसा ही देखें जैसा वह मुद्रित होगा</translation>
    </message>
    <message>
        <source>Write the decision memo as PDF, ODT, HTML or Markdown</source>
        <translation>निर्णय ज्ञापन PDF, ODT, HTML या Markdown के रूप में लिखें</translation>
    </message>
    <message>
        <source>Record what is missing on the Decision page.</source>
        <translation>जो कमी है, उसे निर्णय पृष्ठ पर दर्ज करें।</translation>
    </message>
    <message>
        <source>Cannot tell the memo&apos;s format from “%1”: end it in .pdf, .odt, .html or .md.</source>
        <translation>“%1” से ज्ञापन का प्रारूप पता नहीं चलता: नाम .pdf, .odt, .html या .md पर समाप्त करें।</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Memo preview (draft: the decision is not finalised)</source>
        <translation>ज्ञापन पूर्वावलोकन (मसौदा: निर्णय को अंतिम रूप नहीं दिया गया है)</translation>
    </message>
    <message>
        <source>Memo preview</source>
        <translation>ज्ञापन पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Cannot preview the memo</source>
        <translation>ज्ञापन का पूर्वावलोकन नहीं हो सकता</translation>
    </message>
    <message>
        <source>Cannot export the memo</source>
        <translation>ज्ञापन निर्यात नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>ज्ञापन</translation>
    </message>
    <message>
        <source>%1 memo</source>
        <translation>%1 ज्ञापन</translation>
    </message>
    <message>
        <source>Export memo</source>
        <translation>ज्ञापन निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;Print Evaluation…</source>
        <translation>मूल्यांकन मुद्रित करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the ranking, the scores and the charts as they stand (not the memo)</source>
        <translation>रैंक, स्कोर और चार्ट अभी जैसे हैं वैसे मुद्रित करें (ज्ञापन नहीं)</translation>
    </message>
    <message>
        <source>Print the evaluation</source>
        <translation>मूल्यांकन मुद्रित करें</translation>
    </message>
</context>
<context>
    <name>tulana::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>संदेश हटाएँ</translation>
    </message>
</context>
<context>
    <name>tulana::NewKeyDialog</name>
    <message>
        <source>New Key</source>
        <translation>नई कुंजी</translation>
    </message>
    <message>
        <source>As the memo names you</source>
        <translation>जैसे ज्ञापन आपका नाम लिखे</translation>
    </message>
    <message>
        <source>Your key signs the acts you do in a recorded process and opens your share of the envelope key. Its secret half is locked under your passphrase and saved in %1, readable by you alone. Nobody can recover a forgotten passphrase: keep it as you would a bank PIN, and never share it.</source>
        <translation>आपकी कुंजी दर्ज प्रक्रिया में आपके कार्यों पर हस्ताक्षर करती है और लिफ़ाफ़ा कुंजी में आपका हिस्सा खोलती है। उसका गुप्त भाग आपके पासफ़्रेज़ से लॉक होकर %1 में सहेजा जाता है, जिसे केवल आप पढ़ सकते हैं। भूला हुआ पासफ़्रेज़ कोई वापस नहीं ला सकता: उसे बैंक पिन की तरह रखें, और कभी किसी को न बताएँ।</translation>
    </message>
    <message>
        <source>Acts as:</source>
        <translation>किस रूप में:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>पासफ़्रेज़:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>दोबारा:</translation>
    </message>
    <message>
        <source>Say whom the key acts as: officer, or your evaluator id (E1, E2…).</source>
        <translation>बताएँ कि कुंजी किस रूप में काम करेगी: officer, या आपकी मूल्यांकनकर्ता आईडी (E1, E2…)।</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>पासफ़्रेज़ में कम से कम 8 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
</context>
<context>
    <name>tulana::NewTenderWizard</name>
    <message>
        <source>Technical and financial scores are combined by their weights; the highest combined score wins.</source>
        <translation>तकनीकी और वित्तीय स्कोर उनके भारांकों के अनुसार संयुक्त होते हैं; उच्चतम संयुक्त स्कोर विजयी होता है।</translation>
    </message>
    <message>
        <source>The lowest evaluated price among technically qualified bids wins.</source>
        <translation>तकनीकी रूप से योग्य बोलियों में न्यूनतम मूल्यांकित मूल्य वाली बोली विजयी होती है।</translation>
    </message>
    <message>
        <source>The highest technical score wins; only the winner&apos;s financial proposal is opened.</source>
        <translation>उच्चतम तकनीकी स्कोर विजयी होता है; केवल विजेता का वित्तीय प्रस्ताव खोला जाता है।</translation>
    </message>
    <message>
        <source>The highest technical score among qualified bids whose evaluated price is within the budget wins.</source>
        <translation>जिन योग्य बोलियों का मूल्यांकित मूल्य बजट के भीतर है, उनमें उच्चतम तकनीकी स्कोर विजयी होता है।</translation>
    </message>
    <message>
        <source>No rulebook: only the general checks apply.</source>
        <translation>कोई नियम-पुस्तिका नहीं: केवल सामान्य जाँचें लागू होती हैं।</translation>
    </message>
    <message>
        <source>Limits of %1:</source>
        <translation>%1 की सीमाएँ:</translation>
    </message>
    <message>
        <source>none for this method</source>
        <translation>इस पद्धति के लिए कोई नहीं</translation>
    </message>
    <message>
        <source>Within these limits.</source>
        <translation>इन सीमाओं के भीतर।</translation>
    </message>
    <message>
        <source>✖ Not allowed: %1</source>
        <translation>✖ अनुमत नहीं: %1</translation>
    </message>
    <message>
        <source>⚠ Departs from the rule (allowed, and printed with the result): %1</source>
        <translation>⚠ नियम से विचलन (अनुमत, और परिणाम के साथ मुद्रित): %1</translation>
    </message>
    <message>
        <source>New tender</source>
        <translation>नई निविदा</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>What is being procured, and by whom.</source>
        <translation>क्या प्राप्त किया जा रहा है, और किसके द्वारा।</translation>
    </message>
    <message>
        <source>e.g. DITeG/eGov/AI/2026/014</source>
        <translation>जैसे DITeG/eGov/AI/2026/014</translation>
    </message>
    <message>
        <source>e.g. Selection of an agency for a citizen-services chatbot</source>
        <translation>जैसे नागरिक-सेवा चैटबॉट के लिए एजेंसी का चयन</translation>
    </message>
    <message>
        <source>AI system: conversational assistant</source>
        <translation>एआई प्रणाली: संवादी सहायक</translation>
    </message>
    <message>
        <source>AI system: document digitisation and OCR</source>
        <translation>एआई प्रणाली: दस्तावेज़ डिजिटलीकरण और OCR</translation>
    </message>
    <message>
        <source>AI system: decision support</source>
        <translation>एआई प्रणाली: निर्णय सहायता</translation>
    </message>
    <message>
        <source>AI system: speech and language</source>
        <translation>एआई प्रणाली: वाक् और भाषा</translation>
    </message>
    <message>
        <source>AI system: computer vision</source>
        <translation>एआई प्रणाली: कंप्यूटर विज़न</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>संदर्भ संख्या(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Procuring entity:</source>
        <translation>प्रापण संस्था(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>श्रेणी(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>मुद्रा(&amp;U):</translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation>चयन पद्धति</translation>
    </message>
    <message>
        <source>How the winner is chosen, announced in the tender document.</source>
        <translation>विजेता कैसे चुना जाता है, जैसा निविदा दस्तावेज़ में घोषित है।</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Technical weight</source>
        <translation>तकनीकी भारांक</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>पद्धति(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Rulebook:</source>
        <translation>नियम-पुस्तिका(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Technical weight:</source>
        <translation>तकनीकी भारांक(&amp;T):</translation>
    </message>
    <message>
        <source>Mi&amp;nimum technical score:</source>
        <translation>न्यूनतम तकनीकी स्कोर(&amp;N):</translation>
    </message>
    <message>
        <source>A bid scoring below it is not qualified and its financial proposal is not opened.</source>
        <translation>इससे कम स्कोर वाली बोली योग्य नहीं होती और उसका वित्तीय प्रस्ताव नहीं खोला जाता।</translation>
    </message>
    <message>
        <source>&amp;Budget (FBS):</source>
        <translation>बजट (FBS)(&amp;B):</translation>
    </message>
    <message>
        <source>Evaluation options</source>
        <translation>मूल्यांकन विकल्प</translation>
    </message>
    <message>
        <source>Announced with the tender, before any bid is opened.</source>
        <translation>निविदा के साथ, किसी भी बोली के खुलने से पहले घोषित।</translation>
    </message>
    <message>
        <source>Technical score as marked</source>
        <translation>दिए गए अंकों के अनुसार तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Normalised to the highest (Tn = 100 × T / Tmax)</source>
        <translation>उच्चतम के सापेक्ष सामान्यीकृत (Tn = 100 × T / Tmax)</translation>
    </message>
    <message>
        <source>Evaluated price includes GST and other taxes</source>
        <translation>मूल्यांकित मूल्य में GST और अन्य कर शामिल हैं</translation>
    </message>
    <message>
        <source>Round each score as it is computed</source>
        <translation>हर स्कोर गणना के साथ ही पूर्णांकित करें</translation>
    </message>
    <message>
        <source>Round only the combined score</source>
        <translation>केवल संयुक्त स्कोर पूर्णांकित करें</translation>
    </message>
    <message>
        <source>Technical score &amp;used:</source>
        <translation>प्रयुक्त तकनीकी स्कोर(&amp;U):</translation>
    </message>
    <message>
        <source>QCBS: normalising gives the best technical bid 100 and the others in proportion.</source>
        <translation>QCBS: सामान्यीकरण सर्वोत्तम तकनीकी बोली को 100 और अन्य को अनुपात में अंक देता है।</translation>
    </message>
    <message>
        <source>&amp;Price formula:</source>
        <translation>मूल्य सूत्र(&amp;P):</translation>
    </message>
    <message>
        <source>QCBS: how the financial score Sf follows from the evaluated prices; the lowest gets 100.</source>
        <translation>QCBS: मूल्यांकित मूल्यों से वित्तीय स्कोर Sf कैसे निकलता है; न्यूनतम को 100 मिलते हैं।</translation>
    </message>
    <message>
        <source>The ultimate cost to the buyer (price + tax) is the usual basis; untick to compare prices before tax.</source>
        <translation>क्रेता की अंतिम लागत (मूल्य + कर) सामान्य आधार है; कर से पहले के मूल्यों की Tulana के लिए चिह्न हटाएँ।</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>दशमलव स्थान(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>पूर्णांकन(&amp;O):</translation>
    </message>
    <message>
        <source>Scores are rounded half away from zero; ties are judged on the rounded scores.</source>
        <translation>स्कोर आधे को शून्य से दूर की ओर पूर्णांकित किए जाते हैं; बराबरी का निर्णय पूर्णांकित स्कोरों पर होता है।</translation>
    </message>
    <message>
        <source>&amp;Tie-break:</source>
        <translation>टाई-ब्रेक(&amp;T):</translation>
    </message>
    <message>
        <source>Applied when two bids have the same score; if it cannot separate them, there is no award.</source>
        <translation>जब दो बोलियों का स्कोर समान हो तब लागू; यदि यह उन्हें अलग न कर सके, तो कोई अधिनिर्णय नहीं होता।</translation>
    </message>
    <message>
        <source>Methodology and work plan</source>
        <translation>कार्यप्रणाली और कार्य-योजना</translation>
    </message>
    <message>
        <source>Technical approach</source>
        <translation>तकनीकी दृष्टिकोण</translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation>मूल्यांकनकर्ता %1</translation>
    </message>
    <message>
        <source>Financial: %1 %</source>
        <translation>वित्तीय: %1 %</translation>
    </message>
    <message>
        <source>Used by Fixed-Budget Selection only.</source>
        <translation>केवल नियत बजट चयन द्वारा प्रयुक्त।</translation>
    </message>
    <message>
        <source>Bids above %1 %2 (evaluated price) are not considered.</source>
        <translation>%1 %2 (मूल्यांकित मूल्य) से अधिक की बोलियों पर विचार नहीं किया जाता।</translation>
    </message>
    <message>
        <source>Fixed-Budget Selection needs the budget.</source>
        <translation>नियत बजट चयन के लिए बजट आवश्यक है।</translation>
    </message>
    <message>
        <source>One member per line, e.g.
Dr. Meera Iyer, Director (IT)</source>
        <translation>प्रति पंक्ति एक सदस्य, उदाहरण:
डॉ. मीरा अय्यर, निदेशक (आईटी)</translation>
    </message>
    <message>
        <source>Evaluation co&amp;mmittee:</source>
        <translation>मूल्यांकन समिति(&amp;M):</translation>
    </message>
    <message>
        <source>The reference and the title are required; all of these can be changed later. Members left out can be added on the Marks page; with none, three unnamed evaluators are set up.</source>
        <translation>संदर्भ और शीर्षक आवश्यक हैं; ये सभी बाद में बदले जा सकते हैं। छूटे सदस्य अंक पृष्ठ पर जोड़े जा सकते हैं; कोई सदस्य न होने पर तीन अनाम मूल्यांकनकर्ता बनाए जाते हैं।</translation>
    </message>
    <message>
        <source>Technical criteria</source>
        <translation>तकनीकी मानदंड</translation>
    </message>
    <message>
        <source>Start from criteria for the kind of AI system being bought, or from one criterion to fill in. Everything can be changed on the Criteria page.</source>
        <translation>ख़रीदी जा रही एआई प्रणाली के प्रकार के मानदंडों से शुरू करें, या भरने के लिए एक मानदंड से। मानदंड पृष्ठ पर सब कुछ बाद में बदला जा सकता है।</translation>
    </message>
    <message>
        <source>Start empty: one criterion to rename and fill in</source>
        <translation>ख़ाली से शुरू करें: नाम बदलने और भरने के लिए एक मानदंड</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>भारांक</translation>
    </message>
    <message>
        <source>Maximum marks</source>
        <translation>अधिकतम अंक</translation>
    </message>
    <message>
        <source>Criteria and their weights are announced in the tender document before bids are opened (GFR 2017 Rule 192(i)).</source>
        <translation>मानदंड और उनके भारांक बोलियाँ खोले जाने से पहले निविदा दस्तावेज़ में घोषित किए जाते हैं (जीएफआर 2017 नियम 192(i))।</translation>
    </message>
    <message>
        <source>One group with one criterion, to rename and add to.</source>
        <translation>एक समूह और उसमें एक मानदंड, नाम बदलने और आगे जोड़ने के लिए।</translation>
    </message>
</context>
<context>
    <name>tulana::NumberDelegate</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
</context>
<context>
    <name>tulana::OpennessComparisonModel</name>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>System</source>
        <translation>प्रणाली</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>MOF वर्ग</translation>
    </message>
    <message>
        <source>OSI definition</source>
        <translation>OSI परिभाषा</translation>
    </message>
    <message>
        <source>Openwashing flags</source>
        <translation>ओपनवॉशिंग संकेत</translation>
    </message>
    <message>
        <source>Openness marks (of %1)</source>
        <translation>खुलेपन के अंक (%1 में से)</translation>
    </message>
    <message>
        <source>Openness marks</source>
        <translation>खुलेपन के अंक</translation>
    </message>
</context>
<context>
    <name>tulana::OpennessComponentsModel</name>
    <message>
        <source>not stated</source>
        <translation>नहीं बताया गया</translation>
    </message>
    <message>
        <source>%1 (the release&apos;s)</source>
        <translation>%1 (रिलीज़ का लाइसेंस)</translation>
    </message>
    <message>
        <source>entered from the bid</source>
        <translation>बोली से दर्ज</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Licence read as</source>
        <translation>लाइसेंस की व्याख्या</translation>
    </message>
</context>
<context>
    <name>tulana::OpennessPage</name>
    <message>
        <source>Each bid</source>
        <translation>प्रत्येक बोली</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Openness sub-criterion announced in the tender</source>
        <translation>निविदा में घोषित खुलेपन का उप-मानदंड</translation>
    </message>
    <message>
        <source>Award openness marks in the technical score</source>
        <translation>तकनीकी स्कोर में खुलेपन के अंक दें</translation>
    </message>
    <message>
        <source>How openness marks are awarded</source>
        <translation>खुलेपन के अंक कैसे दिए जाते हैं</translation>
    </message>
    <message>
        <source>Maximum openness marks</source>
        <translation>खुलेपन के अधिकतम अंक</translation>
    </message>
    <message>
        <source> of 100 points</source>
        <translation> अंक (100 में से)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Bid shown</source>
        <translation>दिखाई जा रही बोली</translation>
    </message>
    <message>
        <source>What the bid calls its system</source>
        <translation>बोली अपनी प्रणाली को क्या कहती है</translation>
    </message>
    <message>
        <source>says nothing about openness</source>
        <translation>खुलेपन के बारे में कुछ नहीं कहती</translation>
    </message>
    <message>
        <source>calls it “open source”</source>
        <translation>इसे “खुला स्रोत” कहती है</translation>
    </message>
    <message>
        <source>calls it “open”</source>
        <translation>इसे “खुला” कहती है</translation>
    </message>
    <message>
        <source>Import record…</source>
        <translation>अभिलेख आयात करें…</translation>
    </message>
    <message>
        <source>Read a Model Openness Tool (.yml) or European Open Source AI Index (.yaml) record of the offered system</source>
        <translation>प्रस्तावित प्रणाली का Model Openness Tool (.yml) या European Open Source AI Index (.yaml) अभिलेख पढ़ें</translation>
    </message>
    <message>
        <source>Clear record</source>
        <translation>अभिलेख हटाएँ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>The bid</source>
        <translation>यह बोली</translation>
    </message>
    <message>
        <source>Components of the offered system</source>
        <translation>प्रस्तावित प्रणाली के घटक</translation>
    </message>
    <message>
        <source>Openness of the bids compared</source>
        <translation>बोलियों के खुलेपन की तुलना</translation>
    </message>
    <message>
        <source>Each bid earns up to %1 marks %2; the criteria share the other %3 points. Announce it with the tender, not after the bids are seen (GFR 2017 Rule 192(i)).</source>
        <translation>प्रत्येक बोली %2 अधिकतम %1 अंक प्राप्त कर सकती है; शेष %3 अंक मानदंडों में बँटते हैं। इसे निविदा के साथ घोषित करें, बोलियाँ देखे जाने के बाद नहीं (GFR 2017, नियम 192(i))।</translation>
    </message>
    <message>
        <source>No openness marks: the assessment below is for information. Switching the marks on scales the criteria&apos;s weights to make room for them (one step, undoable) and re-ranks the bids at once.</source>
        <translation>खुलेपन के कोई अंक नहीं: नीचे दिया गया आकलन केवल सूचना हेतु है। अंक चालू करने पर उनके लिए स्थान बनाने हेतु मानदंडों के भारांक आनुपातिक रूप से घटाए जाते हैं (एक चरण, जिसे पूर्ववत किया जा सकता है) और बोलियों की रैंक तुरंत फिर से तय होती है।</translation>
    </message>
    <message>
        <source>&lt;p&gt;No bids yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;अभी कोई बोली नहीं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is recorded about the openness of this bid&apos;s system. Import a Model Openness Tool or Open Source AI Index record, or set each component&apos;s state in the list from what the bid says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;इस बोली की प्रणाली के खुलेपन के बारे में कुछ भी दर्ज नहीं है। Model Openness Tool या Open Source AI Index का अभिलेख आयात करें, या बोली में दी गई जानकारी के आधार पर सूची में प्रत्येक घटक की स्थिति निर्धारित करें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change what %1 calls its system</source>
        <translation>बदलें कि %1 अपनी प्रणाली को क्या कहती है</translation>
    </message>
    <message>
        <source>Clear openness record of %1</source>
        <translation>%1 के खुलेपन का अभिलेख हटाएँ</translation>
    </message>
    <message>
        <source>Import openness record</source>
        <translation>खुलेपन का अभिलेख आयात करें</translation>
    </message>
    <message>
        <source>Openness records (*.yml *.yaml);;All files (*)</source>
        <translation>खुलेपन के अभिलेख (*.yml *.yaml);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Cannot import the record</source>
        <translation>अभिलेख आयात नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these places in the file and import it again:</source>
        <translation>%1 से कुछ भी आयात नहीं हुआ। फ़ाइल में ये स्थान ठीक करें और फिर से आयात करें:</translation>
    </message>
    <message>
        <source>Import openness record of %1 from %2</source>
        <translation>%2 से %1 के खुलेपन का अभिलेख आयात करें</translation>
    </message>
    <message>
        <source>Record imported with warnings</source>
        <translation>अभिलेख चेतावनियों के साथ आयात किया गया</translation>
    </message>
    <message>
        <source>%1 was imported; check these places:</source>
        <translation>%1 आयात किया गया; ये स्थान जाँचें:</translation>
    </message>
</context>
<context>
    <name>tulana::OpennessRadarChart</name>
    <message>
        <source>Openness of each offered system</source>
        <translation>प्रत्येक प्रस्तावित प्रणाली का खुलापन</translation>
    </message>
</context>
<context>
    <name>tulana::PassedOverModel</name>
    <message>
        <source>unranked</source>
        <translation>रैंक रहित</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>The selected bid&apos;s %1 minus the open-source bid&apos;s</source>
        <translation>चयनित बोली के %1 में से खुला स्रोत बोली का %1 घटाकर</translation>
    </message>
    <message>
        <source>The selected bid&apos;s technical score minus the open-source bid&apos;s</source>
        <translation>चयनित बोली के तकनीकी स्कोर में से खुला स्रोत बोली का तकनीकी स्कोर घटाकर</translation>
    </message>
    <message>
        <source>The selected bid&apos;s evaluated price minus the open-source bid&apos;s: positive when the selected bid costs more</source>
        <translation>चयनित बोली के मूल्यांकित मूल्य में से खुला स्रोत बोली का मूल्यांकित मूल्य घटाकर: चयनित बोली की लागत अधिक होने पर धनात्मक</translation>
    </message>
    <message>
        <source>The price gap in percent of the open-source bid&apos;s evaluated price</source>
        <translation>खुला स्रोत बोली के मूल्यांकित मूल्य के प्रतिशत के रूप में मूल्य-अंतर</translation>
    </message>
    <message>
        <source>Open-source bid</source>
        <translation>खुला स्रोत बोली</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>बोलीदाता</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>रैंक</translation>
    </message>
    <message>
        <source>Score gap</source>
        <translation>स्कोर-अंतर</translation>
    </message>
    <message>
        <source>Technical gap</source>
        <translation>तकनीकी अंतर</translation>
    </message>
    <message>
        <source>Price gap</source>
        <translation>मूल्य-अंतर</translation>
    </message>
    <message>
        <source>Price gap %</source>
        <translation>मूल्य-अंतर %</translation>
    </message>
</context>
<context>
    <name>tulana::PriceScatterChart</name>
    <message>
        <source>%1 crore</source>
        <translation>%1 करोड़</translation>
    </message>
    <message>
        <source>%1 lakh</source>
        <translation>%1 लाख</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 मिलियन</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1 हज़ार</translation>
    </message>
    <message>
        <source>Technical score against evaluated price</source>
        <translation>मूल्यांकित मूल्य के सापेक्ष तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Ranked bids</source>
        <translation>रैंक प्राप्त बोलियाँ</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>बजट से अधिक</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>विजेता</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Technical score (T)</source>
        <translation>तकनीकी स्कोर (T)</translation>
    </message>
    <message>
        <source>Price and technical score chart</source>
        <translation>मूल्य और तकनीकी स्कोर चार्ट</translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation>मूल्यांकित मूल्य (%1)</translation>
    </message>
    <message>
        <source>Minimum technical score (%1)</source>
        <translation>न्यूनतम तकनीकी स्कोर (%1)</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>मूल्यांकन नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>the tender is not complete</source>
        <translation>निविदा पूर्ण नहीं है</translation>
    </message>
    <message>
        <source>★ is the winner, %1.</source>
        <translation>★ विजेता है, %1।</translation>
    </message>
    <message>
        <source>%1 bids plotted; only the winner is labelled.</source>
        <translation>%1 बोलियाँ अंकित; केवल विजेता पर लेबल है।</translation>
    </message>
    <message>
        <source>Not plotted, as their prices are not opened (two-envelope rule): %1.</source>
        <translation>अंकित नहीं, क्योंकि इनके मूल्य नहीं खोले गए (दो-लिफ़ाफ़ा नियम): %1।</translation>
    </message>
</context>
<context>
    <name>tulana::PriceToWinModel</name>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (विजेता)</translation>
    </message>
    <message>
        <source>any price</source>
        <translation>कोई भी मूल्य</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>%1 से कम</translation>
    </message>
    <message>
        <source>could be %1 higher and still win</source>
        <translation>%1 अधिक होने पर भी जीतती</translation>
    </message>
    <message>
        <source>wins at any price</source>
        <translation>किसी भी मूल्य पर जीतती है</translation>
    </message>
    <message>
        <source>a cut of %1</source>
        <translation>%1 की कटौती</translation>
    </message>
    <message>
        <source>cannot win on price alone (%1 points behind in technical score)</source>
        <translation>केवल मूल्य से नहीं जीत सकती (तकनीकी स्कोर में %1 अंक पीछे)</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>%1 से अधिक</translation>
    </message>
    <message>
        <source>cannot win on marks alone</source>
        <translation>केवल अंकों से नहीं जीत सकती</translation>
    </message>
    <message>
        <source>%1 more on %2</source>
        <translation>%2 पर %1 अधिक</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>Evaluated price</source>
        <translation>मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Wins at a price</source>
        <translation>इस मूल्य पर जीत</translation>
    </message>
    <message>
        <source>Change to win</source>
        <translation>जीत के लिए बदलाव</translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation>तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Wins at a score</source>
        <translation>इस स्कोर पर जीत</translation>
    </message>
    <message>
        <source>Fewest extra marks (committee average)</source>
        <translation>सबसे कम अतिरिक्त अंक (समिति का औसत)</translation>
    </message>
</context>
<context>
    <name>tulana::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>प्रतिलिपि(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tulana::ProcessLogModel</name>
    <message>
        <source>No.</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसके द्वारा</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>tulana::ProcessPage</name>
    <message>
        <source>Announced rules:</source>
        <translation>घोषित नियम:</translation>
    </message>
    <message>
        <source>Bids as received:</source>
        <translation>प्राप्त बोलियाँ:</translation>
    </message>
    <message>
        <source>Eligibility findings:</source>
        <translation>पात्रता निष्कर्ष:</translation>
    </message>
    <message>
        <source>Technical marks and standing:</source>
        <translation>तकनीकी अंक और स्थिति:</translation>
    </message>
    <message>
        <source>Opened financial figures:</source>
        <translation>खोले गए वित्तीय आँकड़े:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>निर्णय:</translation>
    </message>
    <message>
        <source>What the acts have fixed</source>
        <translation>कार्यों ने क्या स्थिर किया है</translation>
    </message>
    <message>
        <source>Log of the process</source>
        <translation>प्रक्रिया का लॉग</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;चरण:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint:&lt;/b&gt; %1&lt;br&gt;A copy of this checkpoint kept outside the file (printed on a memo, or noted in the case file) shows later whether this history was rewritten: &lt;tt&gt;tulana-cli verify FILE --checkpoint SIZE:HASH&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;चेकपॉइंट:&lt;/b&gt; %1&lt;br&gt;फ़ाइल के बाहर रखी गई इस चेकपॉइंट की एक प्रति (ज्ञापन पर छपी, या केस फ़ाइल में लिखी) बाद में दिखाती है कि यह इतिहास दोबारा लिखा गया या नहीं: &lt;tt&gt;tulana-cli verify FILE --checkpoint SIZE:HASH&lt;/tt&gt;।</translation>
    </message>
    <message>
        <source>This tender&apos;s process is not recorded: its rules, bids, marks and prices can be edited in any order, and nothing shows when they were fixed or by whom. Tulana cannot vouch that the rules were announced before the bids were seen or that prices stayed sealed until the technical scores were final; its memo says the process was not recorded.</source>
        <translation>इस निविदा की प्रक्रिया दर्ज नहीं है: इसके नियम, बोलियाँ, अंक और मूल्य किसी भी क्रम में संपादित किए जा सकते हैं, और कुछ नहीं दिखाता कि वे कब या किसने स्थिर किए। Tulana इसकी पुष्टि नहीं कर सकता कि नियम बोलियाँ देखे जाने से पहले घोषित हुए थे या मूल्य तकनीकी अंक अंतिम होने तक मुहरबंद रहे; इसका ज्ञापन बताता है कि प्रक्रिया दर्ज नहीं की गई।</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the log is intact (%n entries).</source>
        <translation>
            <numerusform>सत्यापित: लॉग अक्षुण्ण है (%n प्रविष्टि)।</numerusform>
            <numerusform>सत्यापित: लॉग अक्षुण्ण है (%n प्रविष्टियाँ)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded process does not verify: the file was changed outside an act, or its log was altered. What no longer matches:</source>
        <translation>दर्ज प्रक्रिया सत्यापित नहीं होती: फ़ाइल किसी कार्य के बाहर बदली गई, या उसका लॉग बदला गया। जो अब मेल नहीं खाता:</translation>
    </message>
    <message>
        <source>Not fixed yet: can be edited.</source>
        <translation>अभी स्थिर नहीं: संपादित किया जा सकता है।</translation>
    </message>
    <message>
        <source>Announce the Rules…</source>
        <translation>नियम घोषित करें…</translation>
    </message>
    <message>
        <source>Correct the Rules…</source>
        <translation>नियम सुधारें…</translation>
    </message>
    <message>
        <source>Receive an Envelope…</source>
        <translation>लिफ़ाफ़ा प्राप्त करें…</translation>
    </message>
    <message>
        <source>Close the Bids…</source>
        <translation>बोलियाँ बंद करें…</translation>
    </message>
    <message>
        <source>Record the Eligibility…</source>
        <translation>पात्रता दर्ज करें…</translation>
    </message>
    <message>
        <source>Lock the Technical Scores…</source>
        <translation>तकनीकी अंक लॉक करें…</translation>
    </message>
    <message>
        <source>Unlock the Technical Scores…</source>
        <translation>तकनीकी अंक अनलॉक करें…</translation>
    </message>
    <message>
        <source>Open the Envelopes…</source>
        <translation>लिफ़ाफ़े खोलें…</translation>
    </message>
    <message>
        <source>Record the Decision…</source>
        <translation>निर्णय दर्ज करें…</translation>
    </message>
    <message>
        <source>Record the Memo as Issued…</source>
        <translation>ज्ञापन जारी होना दर्ज करें…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>New Key…</source>
        <translation>नई कुंजी…</translation>
    </message>
    <message>
        <source>Make your own key for signing acts: once per person</source>
        <translation>कार्यों पर हस्ताक्षर के लिए अपनी कुंजी बनाएँ: हर व्यक्ति एक बार</translation>
    </message>
    <message>
        <source>Record the Corrigendum…</source>
        <translation>शुद्धिपत्र दर्ज करें…</translation>
    </message>
    <message>
        <source>Abandon the Corrections</source>
        <translation>सुधार छोड़ें</translation>
    </message>
    <message>
        <source>%1: not yet, %2.</source>
        <translation>%1: अभी नहीं, %2।</translation>
    </message>
    <message>
        <source>No act can be recorded while the log does not verify.</source>
        <translation>जब तक लॉग सत्यापित नहीं होता, कोई कार्य दर्ज नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Correcting the announced rules: make the corrections on their pages, then record the corrigendum with its reason. Until it is recorded the file&apos;s log does not verify; abandoning undoes the corrections.</source>
        <translation>घोषित नियम सुधारे जा रहे हैं: उनके पृष्ठों पर सुधार करें, फिर कारण सहित शुद्धिपत्र दर्ज करें। उसके दर्ज होने तक फ़ाइल का लॉग सत्यापित नहीं होता; सुधार छोड़ने पर वे पूर्ववत हो जाते हैं।</translation>
    </message>
    <message>
        <source>Issue a Sheet…</source>
        <translation>पत्रक जारी करें…</translation>
    </message>
    <message>
        <source>Receive a Sheet…</source>
        <translation>पत्रक प्राप्त करें…</translation>
    </message>
    <message>
        <source>Moderate a Mark…</source>
        <translation>अंक संशोधित करें…</translation>
    </message>
</context>
<context>
    <name>tulana::RankingModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1*</source>
        <translation>%1*</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>मूल्यांकन नहीं हुआ</translation>
    </message>
    <message>
        <source>Qualified — winner</source>
        <translation>योग्य — विजेता</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>योग्य</translation>
    </message>
    <message>
        <source>Select to see how this number was obtained.</source>
        <translation>यह संख्या कैसे प्राप्त हुई, देखने के लिए चुनें।</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>रैंक</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बोली</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>बोलीदाता</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>प्रकृति</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>तकनीकी</translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation>मूल्यांकित मूल्य (%1)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>वित्तीय</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>संयुक्त</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Lifecycle cost, NPV (%1)</source>
        <translation>जीवनचक्र लागत, NPV (%1)</translation>
    </message>
</context>
<context>
    <name>tulana::RecoveryBar</name>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>a new tender</source>
        <translation>एक नई निविदा</translation>
    </message>
    <message>
        <source>Tulana closed without saving your changes to %1. A copy of them was kept at %2. Restore it as an unsaved tender, or discard it?</source>
        <translation>Tulana %1 में आपके परिवर्तन सहेजे बिना बंद हो गया। उनकी एक प्रति %2 पर रखी गई थी। इसे बिना सहेजी निविदा के रूप में पुनर्स्थापित करें, या हटा दें?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>पुनर्स्थापित नहीं हो सका</translation>
    </message>
    <message>
        <source>The copy could not be read, and was left where it is.</source>
        <translation>प्रति पढ़ी नहीं जा सकी, और जहाँ थी वहीं छोड़ दी गई।</translation>
    </message>
</context>
<context>
    <name>tulana::RegistryActions</name>
    <message>
        <source>Add to &amp;Registry…</source>
        <translation>रजिस्टर में जोड़ें(&amp;R)…</translation>
    </message>
    <message>
        <source>Update Registry &amp;Status…</source>
        <translation>रजिस्टर में स्थिति अद्यतन करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Put the finalised decision into the registry of AI procurements</source>
        <translation>अंतिम निर्णय को एआई प्रापण के रजिस्टर में दर्ज करें</translation>
    </message>
    <message>
        <source>Record that the procured system is in development, in use or retired</source>
        <translation>दर्ज करें कि प्राप्त प्रणाली विकासाधीन है, उपयोग में है या सेवानिवृत्त है</translation>
    </message>
    <message>
        <source>Add to Registry</source>
        <translation>रजिस्टर में जोड़ें</translation>
    </message>
    <message>
        <source>The registry: %1</source>
        <translation>रजिस्टर: %1</translation>
    </message>
    <message>
        <source>Publish the scores of the bids whose prices were opened</source>
        <translation>उन बोलियों के अंक प्रकाशित करें जिनके मूल्य खोले गए</translation>
    </message>
    <message>
        <source>The office&apos;s name and address, when left empty</source>
        <translation>खाली छोड़ने पर कार्यालय का नाम और पता</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>संपर्क(&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>The decision was not added to the registry.

%1</source>
        <translation>निर्णय रजिस्टर में नहीं जोड़ा गया।

%1</translation>
    </message>
    <message>
        <source>Added as record %1 of the registry.</source>
        <translation>रजिस्टर के अभिलेख %1 के रूप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Record %1 of the registry is updated (the tender was in it).</source>
        <translation>रजिस्टर का अभिलेख %1 अद्यतन किया गया (निविदा उसमें थी)।</translation>
    </message>
    <message>
        <source>Update Registry Status</source>
        <translation>रजिस्टर में स्थिति अद्यतन करें</translation>
    </message>
    <message>
        <source>The registry at %1 has no record of this tender: add it first.</source>
        <translation>%1 के रजिस्टर में इस निविदा का कोई अभिलेख नहीं है: पहले इसे जोड़ें।</translation>
    </message>
</context>
<context>
    <name>tulana::RegistryCharts</name>
    <message>
        <source>Open-source systems selected, by year</source>
        <translation>चुनी गई खुला स्रोत प्रणालियाँ, वर्ष के अनुसार</translation>
    </message>
    <message>
        <source>% of selections</source>
        <translation>चयनों का %</translation>
    </message>
    <message>
        <source>Open-source systems selected, by department</source>
        <translation>चुनी गई खुला स्रोत प्रणालियाँ, विभाग के अनुसार</translation>
    </message>
    <message>
        <source>Considerations cited by departures from open source</source>
        <translation>खुले स्रोत से विचलनों द्वारा उद्धृत विचारणीय बिंदु</translation>
    </message>
    <message>
        <source>departures citing it</source>
        <translation>इसे उद्धृत करने वाले विचलन</translation>
    </message>
    <message>
        <source>Mean lifecycle cost (NPV) of the selected system, by nature</source>
        <translation>चुनी गई प्रणाली की औसत जीवनचक्र लागत (NPV), प्रकृति के अनुसार</translation>
    </message>
    <message>
        <source>lakh</source>
        <translation>लाख</translation>
    </message>
</context>
<context>
    <name>tulana::RegistryConnectionDialog</name>
    <message>
        <source>&amp;Forget the Kept Password</source>
        <translation>रखा गया पासवर्ड &amp;भूल जाएँ</translation>
    </message>
    <message>
        <source>Registry Connection</source>
        <translation>रजिस्टर कनेक्शन</translation>
    </message>
    <message>
        <source>The registry of AI procurements: leave the address empty for this computer&apos;s own, or give sqlite:PATH, or postgresql://user@host:port/database for a department&apos;s server.</source>
        <translation>एआई प्रापण का रजिस्टर: इस कंप्यूटर के अपने रजिस्टर के लिए पता ख़ाली छोड़ें, या sqlite:PATH दें, या किसी विभाग के सर्वर के लिए postgresql://user@host:port/database दें।</translation>
    </message>
    <message>
        <source>This computer&apos;s registry</source>
        <translation>इस कंप्यूटर का रजिस्टर</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;पता:</translation>
    </message>
    <message>
        <source>Leave empty to keep the present one</source>
        <translation>वर्तमान पासवर्ड रखने के लिए ख़ाली छोड़ें</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;पासवर्ड:</translation>
    </message>
    <message>
        <source>The password is checked with the server and kept in this computer&apos;s system keychain, never in Tulana&apos;s settings. Where there is no keychain, PostgreSQL reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>पासवर्ड सर्वर से जाँचा जाता है और इस कंप्यूटर के सिस्टम कीचेन में रखा जाता है, Tulana की सेटिंग्स में कभी नहीं। जहाँ कीचेन नहीं है, वहाँ PostgreSQL उसे PGPASSWORD या ~/.pgpass से पढ़ता है।</translation>
    </message>
    <message>
        <source>The keychain holds no password for %1 now.</source>
        <translation>कीचेन में अब %1 के लिए कोई पासवर्ड नहीं है।</translation>
    </message>
    <message>
        <source>Leave the password empty and press OK to use this address anyway.</source>
        <translation>फिर भी यह पता उपयोग करने के लिए पासवर्ड ख़ाली छोड़ें और OK दबाएँ।</translation>
    </message>
</context>
<context>
    <name>tulana::RegistryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 से %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Procuring entity</source>
        <translation>प्रापण संस्था</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Selected system</source>
        <translation>चुनी गई प्रणाली</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>प्रकृति</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>MOF वर्ग</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>विचलन</translation>
    </message>
    <message>
        <source>Lifecycle cost</source>
        <translation>जीवनचक्र लागत</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>tulana::RegistryWindow</name>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>&amp;Open Tender</source>
        <translation>निविदा खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Registry of AI Procurements</source>
        <translation>एआई प्रापण का रजिस्टर</translation>
    </message>
    <message>
        <source>Search reference, title, entity, bidder, system…</source>
        <translation>संदर्भ, शीर्षक, संस्था, बोलीदाता, प्रणाली खोजें…</translation>
    </message>
    <message>
        <source>Departs from open source</source>
        <translation>खुले स्रोत से विचलन</translation>
    </message>
    <message>
        <source>Does not depart</source>
        <translation>विचलन नहीं</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>संस्था(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>वर्ष(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>प्रकृति(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>विचलन(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;MOF class:</source>
        <translation>MOF वर्ग(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>अभिलेख(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>चार्ट(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n अभिलेख</numerusform>
            <numerusform>%n अभिलेख</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of more than %2 records</source>
        <translation>%2 से अधिक अभिलेखों में से %1 दिखाए गए</translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %n record(s)</source>
        <translation>
            <numerusform>%n अभिलेखों में से %1 दिखाए गए</numerusform>
            <numerusform>%n अभिलेखों में से %1 दिखाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charts of the %n record(s) that match the search and filters</source>
        <translation>
            <numerusform>खोज और फ़िल्टर से मेल खाते %n अभिलेख के चार्ट</numerusform>
            <numerusform>खोज और फ़िल्टर से मेल खाते %n अभिलेखों के चार्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n अभिलेख दिखाया गया</numerusform>
            <numerusform>%n अभिलेख दिखाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tulana::ScoreBarChart</name>
    <message>
        <source>not opened under QBS</source>
        <translation>QBS के अंतर्गत नहीं खोला गया</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>योग्य</translation>
    </message>
    <message>
        <source>below the minimum technical score</source>
        <translation>न्यूनतम तकनीकी स्कोर से कम</translation>
    </message>
    <message>
        <source>below a criterion&apos;s minimum marks</source>
        <translation>किसी मानदंड के न्यूनतम अंकों से कम</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>बजट से अधिक</translation>
    </message>
    <message>
        <source>non-responsive</source>
        <translation>अनुक्रियाशील नहीं</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <source>cannot be scored yet</source>
        <translation>अभी स्कोर नहीं दिया जा सकता</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Score chart</source>
        <translation>स्कोर चार्ट</translation>
    </message>
    <message>
        <source>%1: technical %2 × %3% = %4</source>
        <translation>%1: तकनीकी %2 × %3% = %4</translation>
    </message>
    <message>
        <source>%1: financial %2 × %3% = %4</source>
        <translation>%1: वित्तीय %2 × %3% = %4</translation>
    </message>
    <message>
        <source>%1: evaluated price %2</source>
        <translation>%1: मूल्यांकित मूल्य %2</translation>
    </message>
    <message>
        <source>%1: technical score %2</source>
        <translation>%1: तकनीकी स्कोर %2</translation>
    </message>
    <message>
        <source>Combined score: technical %1% + financial %2%</source>
        <translation>संयुक्त स्कोर: तकनीकी %1% + वित्तीय %2%</translation>
    </message>
    <message>
        <source>Technical (St × %1%)</source>
        <translation>तकनीकी (St × %1%)</translation>
    </message>
    <message>
        <source>Financial (Sf × %1%)</source>
        <translation>वित्तीय (Sf × %1%)</translation>
    </message>
    <message>
        <source>Evaluated price: the lowest wins (L1)</source>
        <translation>मूल्यांकित मूल्य: न्यूनतम विजयी (L1)</translation>
    </message>
    <message>
        <source>Evaluated price</source>
        <translation>मूल्यांकित मूल्य</translation>
    </message>
    <message>
        <source>Technical score: the highest wins (QBS)</source>
        <translation>तकनीकी स्कोर: उच्चतम विजयी (QBS)</translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation>तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Technical score: the highest within the budget wins (FBS)</source>
        <translation>तकनीकी स्कोर: बजट के भीतर उच्चतम विजयी (FBS)</translation>
    </message>
    <message>
        <source>Evaluated price (%1)</source>
        <translation>मूल्यांकित मूल्य (%1)</translation>
    </message>
    <message>
        <source>Points out of 100</source>
        <translation>100 में से अंक</translation>
    </message>
    <message>
        <source>Ranked bids, best first</source>
        <translation>रैंक प्राप्त बोलियाँ, सर्वोत्तम पहले</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>मूल्यांकन नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>the tender is not complete</source>
        <translation>निविदा पूर्ण नहीं है</translation>
    </message>
    <message>
        <source>★ marks the winner, %1.</source>
        <translation>★ विजेता को दर्शाता है, %1।</translation>
    </message>
    <message>
        <source>No award: %1.</source>
        <translation>कोई अधिनिर्णय नहीं: %1।</translation>
    </message>
    <message>
        <source>Showing the %1 best-ranked of %2 ranked bids.</source>
        <translation>%2 रैंक प्राप्त बोलियों में से सर्वोत्तम %1 दिखाई जा रही हैं।</translation>
    </message>
    <message>
        <source>Not ranked: %1.</source>
        <translation>रैंक नहीं दी गई: %1।</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>अपात्र</translation>
    </message>
</context>
<context>
    <name>tulana::SensitivityPage</name>
    <message>
        <source>What each bid would need to win</source>
        <translation>जीतने के लिए हर बोली को क्या चाहिए</translation>
    </message>
    <message>
        <source>&lt;b&gt;The committee&lt;/b&gt;</source>
        <translation>&lt;b&gt;समिति&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Winner by technical weight&lt;/b&gt;</source>
        <translation>&lt;b&gt;तकनीकी भारांक के अनुसार विजेता&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rank probabilities&lt;/b&gt;</source>
        <translation>&lt;b&gt;रैंक की संभावनाएँ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>ड्रॉ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>भारांक(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>सीड(&amp;E):</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>ड्रॉ</translation>
    </message>
    <message>
        <source>Range of the weights drawn</source>
        <translation>चुने गए भारांकों की सीमा</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>How many sets of weights are drawn</source>
        <translation>भारांकों के कितने समूह यादृच्छिक रूप से चुने जाते हैं</translation>
    </message>
    <message>
        <source>Each weight (and the technical weight) is drawn within this share of its announced value, and within the rulebook&apos;s limits</source>
        <translation>हर भारांक (और तकनीकी भारांक) अपने घोषित मान के इस अंश के भीतर, और नियम-पुस्तिका की सीमाओं में, चुना जाता है</translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation>एक ही सीड एक ही परिणाम देता है</translation>
    </message>
    <message>
        <source>Working out…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>The award rests on the announced rounding and tie-break: before rounding another bid is ahead, so at the announced weights every range below is empty.</source>
        <translation>अधिनिर्णय घोषित पूर्णांकन और टाई-ब्रेक पर टिका है: पूर्णांकन से पहले कोई दूसरी बोली आगे है, इसलिए घोषित भारांकों पर नीचे की हर सीमा खाली है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion weights&lt;/b&gt;: bars, the weights (points of the technical score) over which %1 still wins, the others rescaled; ■, the weight announced. Least room first.</source>
        <translation>&lt;b&gt;मानदंडों के भारांक&lt;/b&gt;: पट्टियाँ, वे भारांक (तकनीकी स्कोर के अंक) जिन पर %1 फिर भी जीतती है, अन्य भारांक अनुपात में बदले हुए; ■, घोषित भारांक। सबसे कम गुंजाइश वाला पहले।</translation>
    </message>
    <message>
        <source>The %1 with the least room, of %2 criteria and groups.</source>
        <translation>%2 मानदंडों और समूहों में से सबसे कम गुंजाइश वाले %1।</translation>
    </message>
    <message>
        <source>No simulation for this tender.</source>
        <translation>इस निविदा के लिए कोई सिमुलेशन नहीं।</translation>
    </message>
    <message>
        <source>%1 draws, seed %2, weights within ±%3 of the announced (technical weight %4 to %5). Standard error of each share: at most %6 points.</source>
        <translation>%1 ड्रॉ, सीड %2, भारांक घोषित के ±%3 के भीतर (तकनीकी भारांक %4 से %5)। हर अंश की मानक त्रुटि: अधिकतम %6 अंक।</translation>
    </message>
    <message>
        <source>Drawn: the %1 bids most often first, of %2.</source>
        <translation>दिखाई गईं: %2 में से सबसे अधिक बार पहले आने वाली %1 बोलियाँ।</translation>
    </message>
    <message>
        <source>In %1 of the draws a bid whose price is still sealed would qualify: those are left undecided.</source>
        <translation>%1 ड्रॉ में एक ऐसी बोली योग्य हो जाती जिसका मूल्य अभी मुहरबंद है: वे अनिर्णीत छोड़े गए हैं।</translation>
    </message>
</context>
<context>
    <name>tulana::SheetMarksModel</name>
    <message>
        <source>Declare first whether you have a conflict of interest with this bid.</source>
        <translation>पहले घोषित करें कि क्या इस बोली के साथ आपका हितों का टकराव है।</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Your marks</source>
        <translation>आपके अंक</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>आपकी टिप्पणी</translation>
    </message>
</context>
<context>
    <name>tulana::SheetWindow</name>
    <message>
        <source>I have no conflict of interest with this bidder</source>
        <translation>इस बोलीदाता के साथ मेरा कोई हितों का टकराव नहीं है</translation>
    </message>
    <message>
        <source>I have a conflict of interest:</source>
        <translation>इस बोलीदाता के साथ मेरा हितों का टकराव है:</translation>
    </message>
    <message>
        <source>Bids to mark</source>
        <translation>अंक देने के लिए बोलियाँ</translation>
    </message>
    <message>
        <source>The bid&apos;s technical side</source>
        <translation>बोली का तकनीकी पक्ष</translation>
    </message>
    <message>
        <source>What the interest is (a relation, a past contract…)</source>
        <translation>हित क्या है (कोई संबंध, कोई पिछला अनुबंध…)</translation>
    </message>
    <message>
        <source>Description of the conflict of interest</source>
        <translation>हितों के टकराव का विवरण</translation>
    </message>
    <message>
        <source>Your marks</source>
        <translation>आपके अंक</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>घोषणा</translation>
    </message>
    <message>
        <source>The criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Fill from CSV…</source>
        <translation>CSV से भरें…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Sign and Save…</source>
        <translation>हस्ताक्षर करें और सहेजें…</translation>
    </message>
    <message>
        <source>Cannot Open the Sheet</source>
        <translation>पत्रक नहीं खुल सकता</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an evaluator sheet:
%2</source>
        <translation>%1 मूल्यांकन पत्रक के रूप में नहीं खुल सकता:
%2</translation>
    </message>
    <message>
        <source>Evaluator Sheet of %1 — %2</source>
        <translation>%1 का मूल्यांकन पत्रक — %2</translation>
    </message>
    <message>
        <source>%1 (%2), your evaluator sheet for %3: %4.
This sheet shows what you mark and nothing more: the announced criteria and each bid&apos;s technical side. It holds no price and no other member&apos;s marks. For each bid, declare first whether you have a conflict of interest; then mark it, with a note where it helps. Sign it with your key and return the file to the convenor.</source>
        <translation>%1 (%2), %3 के लिए आपका मूल्यांकन पत्रक: %4।
यह पत्रक वही दिखाता है जिसे आप अंक देते हैं, इससे अधिक कुछ नहीं: घोषित मानदंड और हर बोली का तकनीकी पक्ष। इसमें कोई मूल्य नहीं है और किसी अन्य सदस्य के अंक नहीं हैं। हर बोली के लिए पहले घोषित करें कि क्या आपका हितों का टकराव है; फिर अंक दें, जहाँ उपयोगी हो टिप्पणी के साथ। अपनी कुंजी से हस्ताक्षर करें और फ़ाइल संयोजक को लौटाएँ।</translation>
    </message>
    <message>
        <source>This sheet is signed. A change removes the signature; sign it again before returning it.</source>
        <translation>इस पत्रक पर हस्ताक्षर हैं। कोई भी बदलाव हस्ताक्षर हटा देता है; लौटाने से पहले फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>to declare</source>
        <translation>घोषणा बाकी</translation>
    </message>
    <message>
        <source>conflict declared, not marked</source>
        <translation>टकराव घोषित, अंकित नहीं</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>%2 में से %1 अंकित</translation>
    </message>
    <message>
        <source>%1: %2, offered by %3 (%4)</source>
        <translation>%1: %2, %3 द्वारा प्रस्तुत (%4)</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>पात्रता: %1</translation>
    </message>
    <message>
        <source>Openness:</source>
        <translation>खुलापन:</translation>
    </message>
    <message>
        <source>%1
Maximum %2 marks; weight %3 points.

%4</source>
        <translation>%1
अधिकतम %2 अंक; भार %3 अंक।

%4</translation>
    </message>
    <message>
        <source>Every bid is declared and marked: ready to sign.</source>
        <translation>हर बोली घोषित और अंकित है: हस्ताक्षर के लिए तैयार।</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>हस्ताक्षरित।</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to do; the first: %1</source>
        <translation>
            <numerusform>%n काम बाकी; पहला: %1</numerusform>
            <numerusform>%n काम बाकी; पहला: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved; not yet signed.</source>
        <translation>सहेजा गया; अभी हस्ताक्षर नहीं।</translation>
    </message>
    <message>
        <source>Signed and saved: return %1 to the convenor.</source>
        <translation>हस्ताक्षर करके सहेजा गया: %1 संयोजक को लौटाएँ।</translation>
    </message>
    <message>
        <source>This is %1&apos;s key; the sheet is %2&apos;s.</source>
        <translation>यह %1 की कुंजी है; पत्रक %2 का है।</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this key.</source>
        <translation>यह पासफ़्रेज़ इस कुंजी को नहीं खोलता।</translation>
    </message>
    <message>
        <source>Not yet ready to sign:
%1</source>
        <translation>अभी हस्ताक्षर के लिए तैयार नहीं:
%1</translation>
    </message>
    <message>
        <source>Sign the Sheet</source>
        <translation>पत्रक पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>Your signature tells the convenor that these are your own marks and declarations, as you made them.</source>
        <translation>आपके हस्ताक्षर संयोजक को बताते हैं कि ये आपके अपने अंक और घोषणाएँ हैं, जैसे आपने किए।</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>आपकी कुंजी:</translation>
    </message>
    <message>
        <source>Fill from CSV</source>
        <translation>CSV से भरें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was filled in:
%1</source>
        <translation>कुछ नहीं भरा गया:
%1</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the Sheet?</source>
        <translation>पत्रक सहेजें?</translation>
    </message>
    <message>
        <source>Your sheet has changes that are not saved.</source>
        <translation>आपके पत्रक में ऐसे बदलाव हैं जो सहेजे नहीं गए।</translation>
    </message>
</context>
<context>
    <name>tulana::SpinSlider</name>
    <message>
        <source>%1 (slider)</source>
        <translation>%1 (स्लाइडर)</translation>
    </message>
</context>
<context>
    <name>tulana::TenderDocument</name>
    <message>
        <source>Untitled</source>
        <translation>शीर्षकहीन</translation>
    </message>
    <message>
        <source>The tender has no file yet: use Save As.</source>
        <translation>निविदा की अभी कोई फ़ाइल नहीं है: इस रूप में सहेजें का उपयोग करें।</translation>
    </message>
    <message>
        <source>Save the tender to a file first: each act of a recorded process is written to the tender&apos;s file as it is done.</source>
        <translation>पहले निविदा को फ़ाइल में सहेजें: दर्ज प्रक्रिया का हर कार्य होते ही निविदा की फ़ाइल में लिखा जाता है।</translation>
    </message>
    <message>
        <source>Abandon the corrigendum</source>
        <translation>शुद्धिपत्र छोड़ें</translation>
    </message>
</context>
<context>
    <name>tulana::TenderPage</name>
    <message>
        <source>Evaluation committee</source>
        <translation>मूल्यांकन समिति</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>संदर्भ संख्या</translation>
    </message>
    <message>
        <source>e.g. DIT/AI/2026/014</source>
        <translation>जैसे DIT/AI/2026/014</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Procuring entity</source>
        <translation>प्रापण संस्था</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>e.g. AI system: conversational assistant</source>
        <translation>जैसे एआई प्रणाली: संवादी सहायक</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>संदर्भ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>Procuring &amp;entity:</source>
        <translation>प्रापण संस्था(&amp;E):</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>श्रेणी(&amp;G):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>मुद्रा(&amp;U):</translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation>चयन पद्धति</translation>
    </message>
    <message>
        <source>Rulebook</source>
        <translation>नियम-पुस्तिका</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Technical weight</source>
        <translation>तकनीकी भारांक</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Financial weight</source>
        <translation>वित्तीय भारांक</translation>
    </message>
    <message>
        <source>Minimum technical score</source>
        <translation>न्यूनतम तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>the fixed budget, e.g. 1,50,00,000</source>
        <translation>नियत बजट, जैसे 1,50,00,000</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>पद्धति(&amp;M):</translation>
    </message>
    <message>
        <source>Rule&amp;book:</source>
        <translation>नियम-पुस्तिका(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Technical weight:</source>
        <translation>तकनीकी भारांक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Financial weight:</source>
        <translation>वित्तीय भारांक(&amp;F):</translation>
    </message>
    <message>
        <source>Mi&amp;nimum technical score:</source>
        <translation>न्यूनतम तकनीकी स्कोर(&amp;N):</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>बजट(&amp;U):</translation>
    </message>
    <message>
        <source>Evaluation options announced in the tender</source>
        <translation>निविदा में घोषित मूल्यांकन विकल्प</translation>
    </message>
    <message>
        <source>Technical score used</source>
        <translation>प्रयुक्त तकनीकी स्कोर</translation>
    </message>
    <message>
        <source>As marked</source>
        <translation>दिए गए अंकों के अनुसार</translation>
    </message>
    <message>
        <source>Normalised to the highest (Tn = 100 × T / Tmax)</source>
        <translation>उच्चतम के सापेक्ष सामान्यीकृत (Tn = 100 × T / Tmax)</translation>
    </message>
    <message>
        <source>Price formula</source>
        <translation>मूल्य सूत्र</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>दशमलव स्थान</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <source>Round each score as computed</source>
        <translation>हर स्कोर गणना के साथ ही पूर्णांकित करें</translation>
    </message>
    <message>
        <source>Round only the combined score</source>
        <translation>केवल संयुक्त स्कोर पूर्णांकित करें</translation>
    </message>
    <message>
        <source>Tie-break rule</source>
        <translation>टाई-ब्रेक नियम</translation>
    </message>
    <message>
        <source>Evaluate prices &amp;with taxes (price + GST)</source>
        <translation>मूल्यों का मूल्यांकन कर सहित करें(&amp;W) (मूल्य + GST)</translation>
    </message>
    <message>
        <source>Technical &amp;score used:</source>
        <translation>प्रयुक्त तकनीकी स्कोर(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Price formula:</source>
        <translation>मूल्य सूत्र(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>दशमलव स्थान(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>पूर्णांकन(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;ie-break:</source>
        <translation>टाई-ब्रेक(&amp;I):</translation>
    </message>
    <message>
        <source>Tax treatment:</source>
        <translation>कर का व्यवहार:</translation>
    </message>
    <message>
        <source>The budget must be greater than zero.</source>
        <translation>बजट शून्य से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <source>The budget was not changed: %1.</source>
        <translation>बजट नहीं बदला गया: %1।</translation>
    </message>
</context>
<context>
    <name>tulana::TornadoChart</name>
    <message>
        <source>Criterion weights over which the winner holds</source>
        <translation>मानदंडों के वे भारांक जिन पर विजेता बना रहता है</translation>
    </message>
    <message>
        <source>the winner holds</source>
        <translation>विजेता बना रहता है</translation>
    </message>
    <message>
        <source>announced weight</source>
        <translation>घोषित भारांक</translation>
    </message>
</context>
<context>
    <name>tulana::WeightSegmentsChart</name>
    <message>
        <source>Winner by technical weight</source>
        <translation>तकनीकी भारांक के अनुसार विजेता</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>विजेता</translation>
    </message>
    <message>
        <source>not allowed by the rulebook</source>
        <translation>नियम-पुस्तिका द्वारा अनुमत नहीं</translation>
    </message>
    <message>
        <source>announced: %1</source>
        <translation>घोषित: %1</translation>
    </message>
</context>
<context>
    <name>tulana::help::HelpActions</name>
    <message>
        <source>&amp;User Manual</source>
        <translation>उपयोगकर्ता पुस्तिका(&amp;U)</translation>
    </message>
    <message>
        <source>Help on This &amp;Page</source>
        <translation>इस पृष्ठ पर सहायता(&amp;P)</translation>
    </message>
    <message>
        <source>Open the user manual at its contents</source>
        <translation>उपयोगकर्ता पुस्तिका उसकी विषय-सूची पर खोलें</translation>
    </message>
    <message>
        <source>Open the user manual at the page on screen</source>
        <translation>उपयोगकर्ता पुस्तिका स्क्रीन पर खुले पृष्ठ के खंड पर खोलें</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>यह क्या है?(&amp;T)</translation>
    </message>
    <message>
        <source>Click a field afterwards to see what it means</source>
        <translation>इसके बाद किसी फ़ील्ड पर क्लिक करके उसका अर्थ देखें</translation>
    </message>
</context>
<context>
    <name>tulana::help::ManualViewer</name>
    <message>
        <source>&amp;Back</source>
        <translation>पीछे(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>आगे(&amp;F)</translation>
    </message>
    <message>
        <source>Tulana User Manual</source>
        <translation>Tulana उपयोगकर्ता पुस्तिका</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>पुस्तिका का पृष्ठ</translation>
    </message>
    <message>
        <source>Contents of the manual</source>
        <translation>पुस्तिका की विषय-सूची</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>विषय-सूची(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tulana::training::QuestionCard</name>
    <message numerus="yes">
        <source>%1 of %n point(s)</source>
        <translation>
            <numerusform>%n में से %1 अंक</numerusform>
            <numerusform>%n में से %1 अंक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 में से %1 अंक</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>उत्तर जाँचें</translation>
    </message>
    <message>
        <source>Show hint</source>
        <translation>संकेत दिखाएँ</translation>
    </message>
    <message>
        <source>a number, such as 84.5 or 1,25,00,000</source>
        <translation>एक संख्या, जैसे 84.5 या 1,25,00,000</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n शब्द</numerusform>
            <numerusform>%n शब्द</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at least %2)</source>
        <translation>%1 (कम से कम %2)</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>पहले एक उत्तर चुनें।</translation>
    </message>
    <message>
        <source>Tick the answers that apply first.</source>
        <translation>पहले लागू होने वाले उत्तरों पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>Write your justification first.</source>
        <translation>पहले अपना औचित्य लिखें।</translation>
    </message>
    <message>
        <source>This question cannot be answered here.</source>
        <translation>इस प्रश्न का उत्तर यहाँ नहीं दिया जा सकता।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;संकेत %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>सही नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;The answer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;उत्तर:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concepts you covered:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;आपके द्वारा शामिल अवधारणाएँ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concepts missed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;छूटी हुई अवधारणाएँ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;कारण:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;A model answer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;एक आदर्श उत्तर:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sources:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;स्रोत:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Attempt %1: the first answer is the one scored.</source>
        <translation>प्रयास %1: केवल पहले उत्तर पर अंक दिए जाते हैं।</translation>
    </message>
</context>
<context>
    <name>tulana::training::StartCaseDialog</name>
    <message>
        <source>Start a training case</source>
        <translation>प्रशिक्षण केस शुरू करें</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>केस</translation>
    </message>
    <message>
        <source>as it should appear on the certificate</source>
        <translation>जैसा प्रमाणपत्र पर दिखना चाहिए</translation>
    </message>
    <message>
        <source>optional: for the trainer&apos;s learning records</source>
        <translation>वैकल्पिक: प्रशिक्षक के अधिगम अभिलेखों के लिए</translation>
    </message>
    <message>
        <source>Each case opens a copy of a real tender in the main window; a panel beside it guides you step by step, asks questions and explains the answers. The case file itself is never changed, so try anything.</source>
        <translation>प्रत्येक केस मुख्य विंडो में एक वास्तविक निविदा की प्रति खोलता है; उसके साथ एक पैनल आपको चरण-दर-चरण मार्गदर्शन देता है, प्रश्न पूछता है और उत्तरों की व्याख्या करता है। केस फ़ाइल स्वयं कभी नहीं बदलती, इसलिए निःसंकोच कुछ भी आज़माएँ।</translation>
    </message>
    <message numerus="yes">
        <source>%1 (about %n min)</source>
        <translation>
            <numerusform>%1 (लगभग %n मिनट)</numerusform>
            <numerusform>%1 (लगभग %n मिनट)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ✓ done</source>
        <translation>%1 ✓ पूर्ण</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>आपका नाम(&amp;N):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>ई-मेल(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Start case</source>
        <translation>केस शुरू करें(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>लगभग %n मिनट।</numerusform>
            <numerusform>लगभग %n मिनट।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s).</source>
        <translation>
            <numerusform>%n प्रश्न।</numerusform>
            <numerusform>%n प्रश्न।</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>अधिगम लक्ष्य</translation>
    </message>
    <message>
        <source>Your name is printed on the certificate.</source>
        <translation>आपका नाम प्रमाणपत्र पर मुद्रित होता है।</translation>
    </message>
</context>
<context>
    <name>tulana::training::SummaryDialog</name>
    <message>
        <source>Training summary</source>
        <translation>प्रशिक्षण सारांश</translation>
    </message>
    <message>
        <source>Get &amp;Certificate…</source>
        <translation>प्रमाणपत्र प्राप्त करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>परिणाम निर्यात करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Another Case…</source>
        <translation>अन्य केस(&amp;A)…</translation>
    </message>
    <message>
        <source>Answer every question of a case to complete it</source>
        <translation>केस पूरा करने के लिए उसके हर प्रश्न का उत्तर दें</translation>
    </message>
</context>
<context>
    <name>tulana::training::TrainingController</name>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>&amp;Start a Case…</source>
        <translation>केस शुरू करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Learn Tulana on a guided case: a copy of a tender, steps, questions and feedback</source>
        <translation>निर्देशित केस पर Tulana सीखें: निविदा की एक प्रति, चरण, प्रश्न और प्रतिपुष्टि</translation>
    </message>
    <message>
        <source>&amp;Open a Case Pack…</source>
        <translation>केस पैक खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Use a trainer&apos;s own cases: a folder with a pack.json</source>
        <translation>प्रशिक्षक के अपने केस उपयोग करें: pack.json वाला फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Finish and Get Certificate…</source>
        <translation>समाप्त करें और प्रमाणपत्र प्राप्त करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>परिणाम निर्यात करें(&amp;R)…</translation>
    </message>
    <message>
        <source>The results file a trainer collects (JSON)</source>
        <translation>वह परिणाम फ़ाइल जिसे प्रशिक्षक एकत्र करता है (JSON)</translation>
    </message>
    <message>
        <source>Export &amp;xAPI Statements…</source>
        <translation>xAPI कथन निर्यात करें(&amp;X)…</translation>
    </message>
    <message>
        <source>The results as xAPI statements for a learning record store</source>
        <translation>परिणाम, अधिगम अभिलेख भंडार (learning record store) के लिए xAPI कथनों के रूप में</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>प्रशिक्षण(&amp;T)</translation>
    </message>
    <message>
        <source>Training cases</source>
        <translation>प्रशिक्षण केस</translation>
    </message>
    <message>
        <source>The bundled training cases could not be read.</source>
        <translation>साथ में दिए गए प्रशिक्षण केस पढ़े नहीं जा सके।</translation>
    </message>
    <message>
        <source>Open a case pack (a folder with a pack.json)</source>
        <translation>केस पैक खोलें (pack.json वाला फ़ोल्डर)</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>केस पैक</translation>
    </message>
    <message>
        <source>Some cases of %1 have problems and are left out.</source>
        <translation>%1 के कुछ केसों में समस्याएँ हैं, इसलिए उन्हें छोड़ दिया गया है।</translation>
    </message>
    <message>
        <source>%1 could not be used as a case pack.</source>
        <translation>%1 का केस पैक के रूप में उपयोग नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>The tender of the case “%1” could not be loaded.</source>
        <translation>केस “%1” की निविदा लोड नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>Started the case “%1”: the tender is a copy, change it as you like</source>
        <translation>केस “%1” शुरू किया गया: निविदा एक प्रति है, इसे जैसे चाहें बदलें</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3%)</source>
        <translation>%2 में से %1 अंक (%3%)</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>स्कोर: %1</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions; answer the rest to complete the case.</source>
        <translation>आपने %2 में से %1 प्रश्नों के उत्तर दिए; केस पूरा करने के लिए शेष प्रश्नों के उत्तर दें।</translation>
    </message>
    <message>
        <source>Per goal</source>
        <translation>लक्ष्य-वार</translation>
    </message>
    <message>
        <source>not right first time</source>
        <translation>पहली बार में सही नहीं</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>उत्तर नहीं दिया गया</translation>
    </message>
    <message>
        <source>What to review</source>
        <translation>किनकी समीक्षा करें</translation>
    </message>
    <message>
        <source>Nothing: every answer was right the first time.</source>
        <translation>कुछ नहीं: हर उत्तर पहली बार में ही सही था।</translation>
    </message>
    <message>
        <source>Cases in this sitting (%1)</source>
        <translation>इस सत्र के केस (%1)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Completed cases together: %1</source>
        <translation>सभी पूर्ण केस मिलाकर: %1</translation>
    </message>
    <message>
        <source>No case started yet.</source>
        <translation>अभी कोई केस शुरू नहीं किया गया।</translation>
    </message>
    <message>
        <source>no case is completed yet: answer every question of a case first</source>
        <translation>अभी कोई केस पूरा नहीं हुआ: पहले किसी केस के हर प्रश्न का उत्तर दें</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूर्ण होने की तिथि</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>दिनांक: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <source>A certificate lists the cases you completed. Answer every question of a case, then ask for it again.</source>
        <translation>प्रमाणपत्र में वे केस सूचीबद्ध होते हैं जो आपने पूरे किए हैं। किसी केस के हर प्रश्न का उत्तर दें, फिर इसे दोबारा माँगें।</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>प्रमाणपत्र सहेजें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <source>Wrote the certificate to %1</source>
        <translation>प्रमाणपत्र %1 में लिखा गया</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>परिणाम निर्यात करें</translation>
    </message>
    <message>
        <source>Training results (*.json)</source>
        <translation>प्रशिक्षण परिणाम (*.json)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>परिणाम निर्यात करें</translation>
    </message>
    <message>
        <source>Wrote the results to %1</source>
        <translation>परिणाम %1 में लिखे गए</translation>
    </message>
    <message>
        <source>Export xAPI statements</source>
        <translation>xAPI कथन निर्यात करें</translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation>xAPI कथन (*.json)</translation>
    </message>
    <message>
        <source>Wrote the xAPI statements to %1</source>
        <translation>xAPI कथन %1 में लिखे गए</translation>
    </message>
    <message>
        <source>Training results not exported</source>
        <translation>प्रशिक्षण परिणाम निर्यात नहीं हुए</translation>
    </message>
    <message numerus="yes">
        <source>The results of this training sitting (%n case(s)) have not been exported, and are lost when Tulana closes.</source>
        <translation>
            <numerusform>इस प्रशिक्षण सत्र के परिणाम (%n केस) निर्यात नहीं किए गए हैं, और Tulana बंद होने पर खो जाएँगे।</numerusform>
            <numerusform>इस प्रशिक्षण सत्र के परिणाम (%n केस) निर्यात नहीं किए गए हैं, और Tulana बंद होने पर खो जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>परिणाम निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit Without Them</source>
        <translation>उनके बिना बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>The identifier is computed from what this certificate states, all of it in the trainee&apos;s results file (Training ▸ Export Results…) but the date: “tulana-cli training verify-certificate RESULTS CERTIFICATE” checks that the two agree. It is not a signature and does not prove who the trainee is.</source>
        <translation>पहचानकर्ता इस प्रमाणपत्र के कथन से निकाला जाता है, जो तिथि को छोड़कर पूरा प्रशिक्षु की परिणाम फ़ाइल (प्रशिक्षण ▸ परिणाम निर्यात करें…) में है: “tulana-cli training verify-certificate RESULTS CERTIFICATE” जाँचता है कि दोनों मेल खाते हैं। यह हस्ताक्षर नहीं है और प्रशिक्षु की पहचान सिद्ध नहीं करता।</translation>
    </message>
</context>
<context>
    <name>tulana::training::TrainingPanel</name>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Finish case</source>
        <translation>केस समाप्त करें</translation>
    </message>
    <message>
        <source>The step before (Alt+Left)</source>
        <translation>पिछला चरण (Alt+Left)</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>अगला चरण (Alt+Right)</translation>
    </message>
    <message>
        <source>See your scores and what to review</source>
        <translation>अपने स्कोर और समीक्षा योग्य बिंदु देखें</translation>
    </message>
    <message>
        <source>&lt;b&gt;No case started&lt;/b&gt;</source>
        <translation>&lt;b&gt;कोई केस शुरू नहीं किया गया&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training ▸ Start a case… lists the cases.</source>
        <translation>प्रशिक्षण ▸ केस शुरू करें… केसों की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will learn to:&lt;/b&gt;</source>
        <translation>&lt;b&gt;आप सीखेंगे:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>चरण %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Answered %1 of %2 · score so far %3 of %4 points</source>
        <translation>%2 में से %1 प्रश्नों के उत्तर दिए · अब तक का स्कोर %4 में से %3 अंक</translation>
    </message>
</context>
</TS>
