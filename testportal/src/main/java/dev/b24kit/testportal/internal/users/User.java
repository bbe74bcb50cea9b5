package dev.b24kit.testportal.internal.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee of the test portal.
 *
 * @param id          user id (1 is the portal admin)
 * @param gender      {@code M}, {@code F} or empty
 * @param departments ids of the departments ({@code UF_DEPARTMENT})
 * @param birthday    null when not filled in
 * @param lastLogin   last login; last activity is a few minutes later
 */
public record User(long id, String name, String lastName, String secondName, String email, String gender,
                   String position, List<Long> departments, String city, String mobile, boolean active, boolean admin,
                   boolean online, LocalDate birthday, LocalDate registered, Instant lastLogin) {

    public User {
        departments = List.copyOf(departments);
    }

    /** "Анна Смирнова". */
    public String fullName() {
        return (name + " " + lastName).trim();
    }

    /** Internal phone number ({@code UF_PHONE_INNER}). */
    public String innerPhone() {
        return Long.toString(1000 + id);
    }

    public Instant lastActivity() {
        return lastLogin.plusSeconds(7 * 60 + id);
    }
}
