// Unknown host keys asked in the GUI: the policy is called on another thread (as libssh's
// session thread does), the dialog opens on the GUI thread with the fingerprint, and the
// thread gets exactly the operator's answer; no answer in time, a call from the GUI thread
// itself, or a console closed meanwhile is a Reject.
#include "hostkey/HostKeyDialog.h"
#include "hostkey/HostKeyPrompter.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace fleetdeck;
using Decision = HostKeyPolicy::Decision;

namespace {

const QString kFingerprint = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");

struct Asker
{
    std::atomic<int> answer{-1};
    std::thread thread;

    explicit Asker(std::shared_ptr<HostKeyPolicy> policy)
    {
        thread = std::thread([this, policy] {
            answer = int(policy->decide(QStringLiteral("127.80.1.1"), 2222, kFingerprint));
        });
    }
    ~Asker()
    {
        if (thread.joinable())
            thread.join();
    }
};

} // namespace

class TestActionHostKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trustIsTheOperatorsAnswer()
    {
        ui::HostKeyPrompter prompter;
        QWidget window;
        prompter.setWindow(&window);
        QSignalSpy opened(&prompter, &ui::HostKeyPrompter::dialogOpened);
        Asker asker(prompter.policy());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        auto* dialog = opened.first().first().value<ui::HostKeyDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), &window);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(), kFingerprint);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("hostKeyIntroLabel"))
                    ->text()
                    .contains(QStringLiteral("127.80.1.1")));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("rejectButton"))->isDefault());
        QCOMPARE(asker.answer.load(), -1); // waiting for the operator
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("trustButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asker.answer.load(), int(Decision::Trust), 5000);
    }

    void rejectIsTheOperatorsAnswer()
    {
        ui::HostKeyPrompter prompter;
        QSignalSpy opened(&prompter, &ui::HostKeyPrompter::dialogOpened);
        Asker asker(prompter.policy());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        auto* dialog = opened.first().first().value<ui::HostKeyDialog*>();
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(asker.answer.load(), int(Decision::Reject), 5000);
    }

    void noAnswerInTimeIsAReject()
    {
        ui::HostKeyPrompter prompter;
        prompter.setTimeoutMs(300);
        Asker asker(prompter.policy());
        QTRY_COMPARE_WITH_TIMEOUT(asker.answer.load(), int(Decision::Reject), 5000);
    }

    void theGuiThreadIsNeverBlocked()
    {
        ui::HostKeyPrompter prompter;
        QSignalSpy opened(&prompter, &ui::HostKeyPrompter::dialogOpened);
        QCOMPARE(prompter.policy()->decide(QStringLiteral("h"), 22, kFingerprint), Decision::Reject);
        QTest::qWait(50);
        QCOMPARE(opened.count(), 0);
    }

    void closedConsoleRejects()
    {
        auto prompter = std::make_unique<ui::HostKeyPrompter>();
        std::shared_ptr<HostKeyPolicy> policy = prompter->policy();
        QSignalSpy opened(prompter.get(), &ui::HostKeyPrompter::dialogOpened);
        Asker asker(policy);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        delete opened.first().first().value<ui::HostKeyDialog*>(); // window closed without an answer
        QTRY_COMPARE_WITH_TIMEOUT(asker.answer.load(), int(Decision::Reject), 5000);
        prompter.reset();
        std::atomic<int> late{-1};
        std::thread t([&] { late = int(policy->decide(QStringLiteral("h"), 22, kFingerprint)); });
        t.join();
        QCOMPARE(late.load(), int(Decision::Reject));
    }
};

QTEST_MAIN(TestActionHostKey)
#include "TestActionHostKey.moc"
