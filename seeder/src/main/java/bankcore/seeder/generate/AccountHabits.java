package bankcore.seeder.generate;

/**
 * How one account behaves on the timeline. Persons pay (and get paid a salary); businesses sell,
 * buy from each other and bank their takings.
 *
 * @param business          whether the owner is a business
 * @param weight            persons: how active (how often it pays); businesses: how popular (how often it is paid)
 * @param spendLevel        scales everyday amounts (1.0 = a median earner)
 * @param favoriteMerchants the shops it returns to (repeat counterparties), in the same currency
 * @param friends           the people it sends money to, in the same currency
 * @param biller            the account its regular bill goes to, or -1
 * @param billMinor         that bill's fixed amount
 * @param billLabel         what the bill is for ("Rent", "Electricity"...)
 * @param salaryMinor       its monthly salary, or 0 when it earns none
 * @param employer          who pays that salary (its name only: salaries arrive from outside the bank)
 */
record AccountHabits(
        boolean business,
        double weight,
        double spendLevel,
        int[] favoriteMerchants,
        int[] friends,
        int biller,
        long billMinor,
        String billLabel,
        long salaryMinor,
        String employer) {
}
