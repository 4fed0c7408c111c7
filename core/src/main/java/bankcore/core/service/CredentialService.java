package bankcore.core.service;

import bankcore.core.domain.Customer;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.out.CredentialStore;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.PasswordHasher;
import bankcore.core.port.out.PasswordPolicy;

import java.time.Instant;
import java.util.Optional;

/** Password changes and token revocation. The current password is checked by the login path, throttle included. */
public final class CredentialService implements ManageCredentials {

    private final CustomerStore customers;
    private final CredentialStore credentials;
    private final Authenticate authenticate;
    private final NewPasswords newPasswords;

    public CredentialService(CustomerStore customers, CredentialStore credentials, Authenticate authenticate,
                             PasswordHasher hasher, PasswordPolicy policy) {
        this.customers = customers;
        this.credentials = credentials;
        this.authenticate = authenticate;
        this.newPasswords = new NewPasswords(hasher, policy);
    }

    @Override
    public Standing changePassword(long customerId, char[] current, char[] replacement, String clientAddress) {
        Customer customer = customers.findCustomer(customerId).filter(Customer::canLogIn)
                .orElseThrow(() -> Refusal.CUSTOMER_NOT_FOUND.because("customer " + customerId + " does not exist"));
        authenticate.login(customer.email(), current, clientAddress);
        String hash = newPasswords.hash(replacement, customer.name(), customer.email());
        long generation = credentials.changePassword(customerId, hash);
        return new Standing(customerId, customer.role(), generation);
    }

    @Override
    public void revokeToken(String tokenId, Instant expiresAt) {
        credentials.revokeToken(tokenId, expiresAt);
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return credentials.isRevoked(tokenId);
    }

    @Override
    public Optional<Standing> standing(long customerId) {
        return customers.findCustomer(customerId).filter(Customer::canLogIn)
                .map(customer -> new Standing(customerId, customer.role(), credentials.tokenGeneration(customerId)));
    }
}
