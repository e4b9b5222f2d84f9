package org.rapport.clients;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.rapport.platform.Sealed;

/** A working diagnosis: an ICD-10 code and its label, entered freely by the counselor. */
@Embeddable
public class Diagnosis implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Letter, digit, letter-or-digit, then optionally a dot and one to four more (F43.23, Z63.0).
     */
    static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    public static final int LABEL_LENGTH = 200;

    @Column(name = "code")
    private String code;

    @Sealed(row = "client_id")
    @Column(name = "label")
    private String label;

    protected Diagnosis() {}

    public Diagnosis(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * The code in its usual form (upper case, dot after the category: "f4323" becomes "F43.23"), or
     * empty when it is not an ICD-10 code.
     */
    public static Optional<String> normalizeCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (code.length() > 3 && code.indexOf('.') < 0) {
            code = code.substring(0, 3) + "." + code.substring(3);
        }
        return ICD10.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
