#pragma once

// Part of tst_mainwindow.cpp: one edit of every kind, each made through the
// widget an officer would use, for the undo and redo test.

const std::vector<std::pair<const char*, TestMainWindow::Edit>>& TestMainWindow::edits()
{
    static const std::vector<std::pair<const char*, Edit>> all{
        {"typing the title",
         [](TestMainWindow& t) {
             t.showPage(1);
             auto* title = t.find<QLineEdit>("titleEdit");
             title->selectAll();
             QTest::keyClicks(title, QStringLiteral("A new title"));
         }},
        {"moving the technical weight slider",
         [](TestMainWindow& t) {
             t.showPage(1);
             QTest::keyClick(t.find<QSlider>("technicalWeightSlider"), Qt::Key_PageUp);
             QCOMPARE(t.doc()->tender().financialWeight, 25.0);
         }},
        {"choosing another method",
         [](TestMainWindow& t) {
             t.showPage(1);
             QTest::keyClick(t.find<QComboBox>("methodCombo"), Qt::Key_Down);
         }},
        {"ticking a tender option",
         [](TestMainWindow& t) {
             t.showPage(1);
             t.find<QAbstractButton>("pricesIncludeTaxCheck")->click();
         }},
        {"adding a criterion",
         [](TestMainWindow& t) {
             t.showPage(2);
             t.find<QPushButton>("addGroupButton")->click();
         }},
        {"removing a criterion",
         [](TestMainWindow& t) {
             t.showPage(2);
             auto* tree = t.find<QTreeView>("criteriaTree");
             tree->setCurrentIndex(tree->model()->index(1, 0));
             t.find<QPushButton>("removeCriterionButton")->click();
         }},
        {"stepping a criterion's weight",
         [](TestMainWindow& t) {
             t.showPage(2);
             auto* tree = t.find<QTreeView>("criteriaTree");
             tree->setCurrentIndex(tree->model()->index(1, 0, tree->model()->index(0, 0)));
             QTest::keyClick(t.find<QDoubleSpinBox>("criterionWeightSpin"), Qt::Key_Up);
         }},
        {"adding a bid",
         [](TestMainWindow& t) {
             t.showPage(3);
             t.find<QPushButton>("addBidButton")->click();
         }},
        {"removing a bid",
         [](TestMainWindow& t) {
             t.showPage(3);
             auto* table = t.find<QTableView>("bidsTable");
             table->setCurrentIndex(table->model()->index(1, 0));
             t.find<QPushButton>("removeBidButton")->click();
         }},
        {"changing a price",
         [](TestMainWindow& t) {
             auto* model = t.find<QTableView>("bidsTable")->model();
             QVERIFY(model->setData(model->index(1, BidsModel::PriceColumn),
                                    QStringLiteral("1,50,00,000")));
         }},
        {"choosing a bid's nature",
         [](TestMainWindow& t) {
             auto* model = t.find<QTableView>("bidsTable")->model();
             QVERIFY(model->setData(model->index(1, BidsModel::NatureColumn),
                                    int(BidNature::OpenSource)));
         }},
        {"importing bids from CSV",
         [](TestMainWindow& t) {
             const QString path = t.m_dir.filePath(QStringLiteral("bids.csv"));
             QFile csv(path);
             QVERIFY(csv.open(QIODevice::WriteOnly));
             csv.write("bidder,system,nature,price\nNew Co,Model X,open-source,\"1,10,00,000\"\n");
             csv.close();
             QVERIFY(t.find<BidsPage>("bidsPage")->importBidsFile(path));
         }},
        {"entering a mark",
         [](TestMainWindow& t) {
             auto* model = t.find<QTableView>("marksTable")->model();
             QVERIFY(model->setData(model->index(0, 0), 3.0));
         }},
        {"adding an evaluator",
         [](TestMainWindow& t) {
             t.showPage(1);
             t.find<QPushButton>("addEvaluatorButton")->click();
         }},
        {"removing an evaluator",
         [](TestMainWindow& t) {
             t.showPage(1);
             auto* table = t.find<QTableView>("evaluatorsTable");
             table->setCurrentIndex(table->model()->index(0, 1));
             t.find<QPushButton>("removeEvaluatorButton")->click();
         }},
        {"renaming an evaluator",
         [](TestMainWindow& t) {
             auto* model = t.find<QTableView>("evaluatorsTable")->model();
             QVERIFY(model->setData(model->index(0, 1), QStringLiteral("Shri R. Iyer")));
         }},
        {"answering a context question",
         [](TestMainWindow& t) {
             t.showPage(8);
             auto* model = t.find<QTableView>("considerationsTable")->model();
             QVERIFY(model->setData(model->index(0, ConsiderationsModel::AnswerColumn),
                                    QStringLiteral("public")));
         }},
        {"typing the system's purpose",
         [](TestMainWindow& t) {
             t.showPage(8);
             QTest::keyClicks(t.find<QLineEdit>("purposeEdit"), QStringLiteral(" Also by SMS."));
         }},
        {"reopening the decision",
         [](TestMainWindow& t) {
             t.showPage(9);
             t.find<QPushButton>("reopenButton")->click();
             QVERIFY(!t.doc()->tender().decision.finalised);
         }},
    };
    return all;
}
