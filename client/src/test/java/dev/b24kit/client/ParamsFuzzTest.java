package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Seeded command-line parameters ({@code b24kit call METHOD KEY=VALUE…}) built from bracket syntax,
 * escapes and noise: each list parses into {@link Params} that encode into a form body which decodes back
 * without error, or is refused with an {@link IllegalArgumentException} that quotes the argument.
 */
class ParamsFuzzTest {

    private static final String[] PIECES = {"filter", "[", "]", "[]", ">", "<=", "!", "%", "=", "==", "ID", "select",
            "order", "DESC", "0", "-1", "UF_CRM_1", "Стадия", "😀", " ", "\u0000", "&", "+", "%zz", "[[", "]]", "fields[TITLE]"};

    @Test
    void anyArgumentsParseIntoEncodableParamsOrAreRefusedNamingTheArgument() {
        SplittableRandom random = new SplittableRandom(99);
        List<String> surprises = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            List<String> arguments = new ArrayList<>();
            int count = random.nextInt(0, 5);
            for (int a = 0; a < count; a++) {
                arguments.add(argument(random));
            }
            try {
                String form = Params.parse(arguments).encode();
                for (String pair : form.split("&")) {
                    URLDecoder.decode(pair, StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException refused) {
                assertThat(arguments).anySatisfy(argument -> assertThat(refused.getMessage()).contains(argument));
            } catch (RuntimeException surprise) {
                surprises.add(surprise + " for " + arguments);
            }
        }
        assertThat(surprises).isEmpty();
    }

    private static String argument(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(0, 7);
        for (int p = 0; p < pieces; p++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
