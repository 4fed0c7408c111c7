package bankcore.client;

import bankcore.client.api.AuthApi;
import bankcore.client.api.CashApi;
import bankcore.client.api.StatementsApi;
import bankcore.client.api.TransfersApi;
import bankcore.client.api.UsersApi;
import bankcore.client.model.Amount;
import bankcore.client.model.BatchDryRun;
import bankcore.client.model.CaptureBatchRequest;
import bankcore.client.model.CaptureItemRequest;
import bankcore.client.model.CashRequest;
import bankcore.client.model.DryRun;
import bankcore.client.model.DryRunBalance;
import bankcore.client.model.HoldBatchResult;
import bankcore.client.model.LoginRequest;
import bankcore.client.model.Problem;
import bankcore.client.model.RegistrationRequest;
import bankcore.client.model.SeedTransferRequest;
import bankcore.client.model.StatementPage;
import bankcore.client.model.Transfer;
import bankcore.client.model.TransferBatch;
import bankcore.client.model.TransferBatchItem;
import bankcore.client.model.TransferBatchOutcomes;
import bankcore.client.model.TransferBatchRequest;
import bankcore.client.model.TransferBatchResult;
import bankcore.client.model.TransferOrDryRun;
import bankcore.client.model.TransferRequest;
import bankcore.client.model.User;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The seed's whole flow through the client generated from the OpenAPI document, against the real API in this
 * JVM (random port, its own SQLite file): register, log in, deposit, POST /transfer, statement, and the typed
 * problem of each refusal; a batch's answers, a dry run's and holds captured together, each read into its own
 * type. Credentials here are fake and for this test only.
 */
class SeedFlowThroughTheClientTest {

    private static final String ADMIN_EMAIL = "admin@client.test";
    private static final String ADMIN_PASSWORD = "admin-password-for-client-tests";

    @TempDir
    static Path directory;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "bank.db", directory.resolve("banking.db").toString(),
                "bank.jwt.secret", "client-test-only-secret-not-used-anywhere-0123456789",
                "bank.admin.email", ADMIN_EMAIL,
                "bank.admin.password", ADMIN_PASSWORD,
                "bank.bcrypt-cost", 4));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A client for the running server, sending {@code token} (if any) as the bearer token. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.getURI().toString());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static User register(String name, String email, String password) throws ApiException {
        RegistrationRequest request = new RegistrationRequest();
        request.setName(name);
        request.setEmail(email);
        request.setPassword(password);
        return new UsersApi(client(null)).register(request);
    }

    private static String login(String email, String password) throws ApiException {
        LoginRequest request = new LoginRequest();
        request.setUsername(email);
        request.setPassword(password);
        return new AuthApi(client(null)).login(request).getAccessToken();
    }

    private static SeedTransferRequest pay(long receiverId, Amount amount) {
        SeedTransferRequest request = new SeedTransferRequest();
        request.setReceiverId(receiverId);
        request.setAmount(amount);
        return request;
    }

    private static Problem problemOf(ThrowingCall call, int status) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("expected a refusal with " + status).isNotNull();
        assertThat(failure.getCode()).isEqualTo(status);
        Problem problem = ProblemDetails.of(failure).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws ApiException;
    }

    @Test
    void the_seed_flow_runs_through_the_generated_client() throws ApiException {
        User ada = register("Ada Lovelace", "ada@client.test", "analytical-engine-notes-1843");
        User alan = register("Alan Turing", "alan@client.test", "enigma-bombe-hut-eight");
        String adaToken = login("ada@client.test", "analytical-engine-notes-1843");
        String adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long adaAccount = ada.getAccounts().get(0).getId();

        CashRequest deposit = new CashRequest();
        deposit.setAmount(new Amount("100.00"));
        deposit.setDescription("cash at the counter");
        // A deposit answers a Transfer, or a DryRun when asked for one: the generated type holds either.
        Transfer cash = new CashApi(client(adminToken)).deposit(adaAccount, deposit, "deposit-1").getTransfer();
        Transfer paid = new TransfersApi(client(adaToken)).transferToCustomer(pay(alan.getId(),
                new Amount(new BigDecimal("25.50"))), null).getTransfer();
        StatementPage statement = new StatementsApi(client(adaToken)).getStatement(adaAccount, null, null, null, 10);

        assertThat(cash.getAmount()).isEqualTo("100.00");
        assertThat(paid.getAmount()).isEqualTo("25.50");
        assertThat(paid.getToAccountId()).isEqualTo(alan.getAccounts().get(0).getId());
        assertThat(statement.getItems()).hasSize(2);
        assertThat(statement.getItems().get(0).getAmount()).isEqualTo("-25.50");
        assertThat(statement.getItems().get(0).getBalanceAfter()).isEqualTo("74.50");
        assertThat(statement.getNextCursor()).isNull();
        assertThat(new UsersApi(client(adaToken)).getMe().getAccounts().get(0).getBalance()).isEqualTo("74.50");
    }

    private static TransferRequest transfer(long receiverId, String amount) {
        TransferRequest request = new TransferRequest();
        request.setReceiverId(receiverId);
        request.setAmount(new Amount(amount));
        return request;
    }

    private static TransferBatchRequest batch(boolean atomic, long receiverId, String... amounts) {
        TransferBatchRequest request = new TransferBatchRequest();
        request.setAtomic(atomic);
        for (String amount : amounts) {
            request.addTransfersItem(transfer(receiverId, amount));
        }
        return request;
    }

    /** A new customer whose first account holds {@code amount}, as the client it pays with. */
    private static TransfersApi payerWith(String amount, String name, String email, String password)
            throws ApiException {
        User payer = register(name, email, password);
        new CashApi(client(login(ADMIN_EMAIL, ADMIN_PASSWORD))).deposit(payer.getAccounts().get(0).getId(),
                new CashRequest().amount(new Amount(amount)), null);
        return new TransfersApi(client(login(email, password)));
    }

    @Test
    void an_atomic_batch_and_one_of_items_on_their_own_are_each_read_into_their_own_type() throws ApiException {
        TransfersApi asIda = payerWith("50.00", "Ida", "ida@client.test", "lantern-harbour-copper-31");
        User jo = register("Jo", "jo@client.test", "velvet-canyon-drizzle-64");

        TransferBatchResult atomic = asIda.createTransferBatch(batch(true, jo.getId(), "10.00", "2.50"), "batch-1");
        TransferBatchResult each = asIda.createTransferBatch(batch(false, jo.getId(), "30.00", "30.00"), null);

        assertThat(atomic.getActualInstance()).isInstanceOf(TransferBatch.class);
        TransferBatch posted = atomic.getTransferBatch();
        assertThat(posted.getMode()).isEqualTo(TransferBatch.ModeEnum.ATOMIC);
        assertThat(posted.getItems()).extracting(Transfer::getAmount).containsExactly("10.00", "2.50");
        assertThat(posted.getItems()).extracting(Transfer::getToAccountId)
                .containsOnly(jo.getAccounts().get(0).getId());
        assertThat(each.getActualInstance()).isInstanceOf(TransferBatchOutcomes.class);
        List<TransferBatchItem> outcomes = each.getTransferBatchOutcomes().getItems();
        assertThat(outcomes).extracting(TransferBatchItem::getIndex).containsExactly(0, 1);
        assertThat(outcomes).extracting(TransferBatchItem::getStatus).containsExactly(201, 400);
        assertThat(outcomes.get(0).getTransfer().getAmount()).isEqualTo("30.00");
        assertThat(outcomes.get(1).getProblem().getType()).endsWith("insufficient-funds");
        assertThat(new UsersApi(client(login("jo@client.test", "velvet-canyon-drizzle-64"))).getMe().getAccounts()
                .get(0).getBalance()).isEqualTo("42.50");
    }

    @Test
    void a_dry_run_and_holds_captured_together_are_each_read_into_their_own_type() throws ApiException {
        TransfersApi asKit = payerWith("40.00", "Kit", "kit@client.test", "saffron-meadow-lantern-18");
        User lou = register("Lou", "lou@client.test", "pebble-orbit-thunder-75");

        TransferOrDryRun rehearsed = asKit.createTransfer(transfer(lou.getId(), "15.00").pending(true).dryRun(true),
                null);
        TransferBatchResult batchRehearsed = asKit.createTransferBatch(batch(true, lou.getId(), "5.00").dryRun(true),
                null);
        Transfer first = asKit.createTransfer(transfer(lou.getId(), "15.00").pending(true), null).getTransfer();
        Transfer second = asKit.createTransfer(transfer(lou.getId(), "5.00").pending(true), null).getTransfer();
        CaptureBatchRequest captures = new CaptureBatchRequest()
                .addItemsItem(new CaptureItemRequest().transferId(first.getId()))
                .addItemsItem(new CaptureItemRequest().transferId(second.getId()).amount(new Amount("2.00")));
        HoldBatchResult captured = asKit.captureTransfers(captures, "capture-1");

        assertThat(rehearsed.getActualInstance()).isInstanceOf(DryRun.class);
        DryRun dryRun = rehearsed.getDryRun();
        assertThat(dryRun.getStatus()).isEqualTo(201);
        assertThat(dryRun.getTransfer().getStatus()).isEqualTo(Transfer.StatusEnum.PENDING);
        assertThat(dryRun.getBalancesAfter().getFromAccountId().getAvailable()).isEqualTo("25.00");
        assertThat(batchRehearsed.getActualInstance()).isInstanceOf(BatchDryRun.class);
        assertThat(batchRehearsed.getBatchDryRun().getBalancesAfter()).extracting(DryRunBalance::getBalance)
                .containsExactly("35.00", "5.00");
        assertThat(captured.getActualInstance()).isInstanceOf(TransferBatch.class);
        assertThat(captured.getTransferBatch().getItems()).extracting(Transfer::getCaptures)
                .containsExactly(first.getId(), second.getId());
        assertThat(captured.getTransferBatch().getItems()).extracting(Transfer::getAmount)
                .containsExactly("15.00", "2.00");
        assertThat(new UsersApi(client(login("lou@client.test", "pebble-orbit-thunder-75"))).getMe().getAccounts()
                .get(0).getBalance()).isEqualTo("17.00");
    }

    @Test
    void every_refusal_arrives_as_a_typed_problem() throws ApiException {
        User eve = register("Eve", "eve@client.test", "quiet-orchard-kettle-57");
        User bob = register("Bob", "bob@client.test", "marble-tundra-whistle-92");
        TransfersApi asEve = new TransfersApi(client(login("eve@client.test", "quiet-orchard-kettle-57")));

        Problem tooPrecise = problemOf(() -> asEve.transferToCustomer(pay(bob.getId(), new Amount("1.005")), null),
                422);
        Problem tooMuch = problemOf(() -> asEve.transferToCustomer(pay(bob.getId(), new Amount("1.00")), null), 400);
        Problem nobody = problemOf(() -> asEve.transferToCustomer(pay(999_999L, new Amount("1.00")), null), 404);
        Problem anonymous = problemOf(() -> new UsersApi(client(null)).getMe(), 401);

        assertThat(tooPrecise.getType()).endsWith("invalid-amount");
        assertThat(tooMuch.getType()).endsWith("insufficient-funds");
        assertThat(tooMuch.getErrors()).isNullOrEmpty();
        assertThat(nobody.getType()).endsWith("customer-not-found");
        assertThat(anonymous.getType()).endsWith("unauthorized");
        assertThat(eve.getAccounts().get(0).getBalance()).isEqualTo("0.00");
    }
}
