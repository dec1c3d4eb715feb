#include "SshSessionFactory.h"

#include "remote/LibsshSession.h"
#include "remote/PassphraseStore.h"
#include "settings/Settings.h"

namespace fleetdeck::ctl {

SshSessionFactory::SshSessionFactory(PassphraseProvider passphrases,
                                     std::shared_ptr<PassphraseStore> keychain)
    : m_passphrases(std::move(passphrases)), m_keychain(std::move(keychain))
{}

SshSessionFactory SshSessionFactory::withConsoleSettings(PassphraseProvider passphrases)
{
    const bool useKeychain = Settings().get(SettingKeys::useKeychain); // the console's file
    return SshSessionFactory(std::move(passphrases),
                             useKeychain ? std::make_shared<PassphraseStore>() : nullptr);
}

std::shared_ptr<SshSession> SshSessionFactory::operator()(const SshTarget& target,
                                                          std::shared_ptr<HostKeyPolicy> policy) const
{
    return std::make_shared<LibsshSession>(target, std::move(policy), m_passphrases, m_keychain);
}

} // namespace fleetdeck::ctl
