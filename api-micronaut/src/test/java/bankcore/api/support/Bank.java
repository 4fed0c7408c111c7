package bankcore.api.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Intention-revealing steps over the real HTTP API: register people, log them in, fund them. */
public final class Bank {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final ApiClient api;
    private String adminToken;

    public Bank(ApiClient api) {
        this.api = api;
    }

    public ApiClient api() {
        return api;
    }

    public String adminToken() {
        if (adminToken == null) {
            adminToken = api.login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
        }
        return adminToken;
    }

    /** A new customer with a first EUR account, logged in. */
    public Person newCustomer(String name) {
        int number = PEOPLE.incrementAndGet();
        String email = name.toLowerCase().replace(' ', '.') + "." + number + "@example.test";
        // Fake, but not guessable: the password policy refuses anything built from the person's name.
        String password = "violet kettle " + number + " under monday";
        Reply reply = api.post("/users").json(Json.object("name", name, "email", email, "password", password)).send();
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        long id = reply.json().get("id").getLongValue();
        long accountId = reply.json().get("accounts").get(0).get("id").getLongValue();
        return new Person(id, accountId, email, password, api.login(email, password));
    }

    /** A new customer whose first account holds {@code amount} (deposited by the admin). */
    public Person newCustomerWith(String name, String amount) {
        Person person = newCustomer(name);
        deposit(person.accountId(), amount);
        return person;
    }

    public Reply deposit(long accountId, String amount) {
        Reply reply = api.post("/accounts/" + accountId + "/deposits").token(adminToken())
                .json(Json.object("amount", amount)).send();
        if (reply.status() != 201) {
            throw new AssertionError("deposit failed: " + reply);
        }
        return reply;
    }

    /** A transfer posted from one customer's account to another's: its id. */
    public String pay(Person from, Person to, String amount) {
        Reply reply = api.post("/transfers").token(from.token())
                .json(Json.object("receiver_id", to.id(), "amount", amount)).send();
        if (reply.status() != 201) {
            throw new AssertionError("transfer failed: " + reply);
        }
        return reply.json().get("id").getStringValue();
    }

    /** Asks for a hold from one customer to another, with {@code more} fields of the body (names and values). */
    public Reply hold(Person from, Person to, String amount, Object... more) {
        Object[] fields = new Object[6 + more.length];
        System.arraycopy(new Object[] {"receiver_id", to.id(), "amount", amount, "pending", true}, 0, fields, 0, 6);
        System.arraycopy(more, 0, fields, 6, more.length);
        return api.post("/transfers").token(from.token()).json(Json.object(fields)).send();
    }

    /** A hold made, with {@code more} fields of the body: its id. */
    public String held(Person from, Person to, String amount, Object... more) {
        Reply reply = hold(from, to, amount, more);
        if (reply.status() != 201) {
            throw new AssertionError("hold failed: " + reply);
        }
        return reply.json().get("id").getStringValue();
    }

    public String balance(Person person) {
        return balance(person.accountId());
    }

    public String balance(long accountId) {
        Reply reply = api.get("/accounts/" + accountId).token(adminToken()).send();
        if (reply.status() != 200) {
            throw new AssertionError("balance failed: " + reply);
        }
        return reply.json().get("balance").getStringValue();
    }

    public record Person(long id, long accountId, String email, String password, String token) {
    }
}
