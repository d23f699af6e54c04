/**
 * Hedera Flow, the utility-billing application Migrata's guide grew from, as JPA entities: users
 * own meters, meter readings are verified, verified readings are billed at a tariff, bills can be
 * disputed, exchange rates convert amounts, and every change lands in the audit log. Column names
 * come from Spring Boot's naming ({@code fullName} → {@code full_name}); table and constraint
 * names are explicit.
 */
package io.migrata.examples.hedera;
