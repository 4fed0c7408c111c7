package bankcore.core.port.out;

import bankcore.core.domain.Customer;

import java.util.List;
import java.util.Optional;

/** Reads customers. Writes happen through {@link LedgerStore#write}, so a customer and its first account commit together. */
public interface CustomerStore {

    Optional<Customer> findCustomer(long customerId);

    Optional<Customer> findCustomerByEmail(String normalizedEmail);

    /** Customers with an id above {@code afterId}, lowest id first. */
    List<Customer> customers(long afterId, int limit);

    long countCustomers();

    boolean anyAdmin();
}
