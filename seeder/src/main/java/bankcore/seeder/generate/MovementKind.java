package bankcore.seeder.generate;

/**
 * The kinds of movement on the timeline, how common each is, and when in the day (UTC) it happens:
 * card payments peak at lunch and after work, salaries arrive in the early-morning batch runs,
 * businesses pay invoices in office hours.
 */
enum MovementKind {
    CARD_PAYMENT(0.60, new double[] {1, 1, 0, 0, 0, 1, 2, 5, 7, 7, 8, 10, 14, 13, 9, 8, 9, 12, 13, 11, 8, 6, 4, 2}),
    PEER_TRANSFER(0.12, new double[] {1, 1, 0, 0, 0, 0, 1, 2, 3, 3, 3, 4, 5, 4, 3, 3, 4, 6, 8, 9, 9, 7, 4, 2}),
    BILL_PAYMENT(0.07, new double[] {0, 0, 0, 0, 0, 1, 3, 6, 8, 8, 7, 6, 5, 4, 4, 4, 3, 2, 1, 1, 0, 0, 0, 0}),
    SALARY(0.06, new double[] {0, 0, 0, 0, 2, 6, 9, 7, 4, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
    ATM_WITHDRAWAL(0.06, new double[] {1, 1, 1, 0, 0, 0, 1, 3, 5, 5, 6, 7, 9, 7, 6, 6, 7, 9, 9, 8, 6, 5, 3, 2}),
    SUPPLIER_PAYMENT(0.06, new double[] {0, 0, 0, 0, 0, 0, 1, 3, 8, 10, 10, 9, 6, 8, 9, 9, 7, 4, 1, 0, 0, 0, 0, 0}),
    CASH_TAKINGS(0.03, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 5, 8, 9, 7, 4, 2, 0, 0});

    final double share;
    final double[] hourlyWeights;

    MovementKind(double share, double[] hourlyWeights) {
        if (hourlyWeights.length != 24) {
            throw new IllegalStateException(name() + " needs 24 hourly weights");
        }
        this.share = share;
        this.hourlyWeights = hourlyWeights;
    }
}
