package org.rapport.identity;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in person's own sign-in settings: turn on two-step sign-in (any client may; staff must
 * unless the practice made it optional) and get a fresh set of recovery codes.
 */
@Named
@ViewScoped
public class AccountSecurity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentUser currentUser;

    @Inject private SecondFactor secondFactor;

    private boolean enabled;
    private long recoveryCodesLeft;
    private String newSecret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes;
    // asked again before the second factor changes; never kept past the request that uses it
    private transient String password;
    private transient String currentCode;

    public void open() {
        Account account = currentUser.require();
        enabled = account.isMfaEnabled();
        recoveryCodesLeft = enabled ? secondFactor.unusedRecoveryCodes(account.getId()) : 0;
    }

    public void start() {
        Account account = currentUser.require();
        newSecret = secondFactor.newSecret();
        qrCode = QrCode.svgDataUri(secondFactor.otpauthUri(newSecret, account.getEmail()));
    }

    public void confirm() {
        try {
            recoveryCodes =
                    secondFactor.change(
                            currentUser.require().getId(),
                            newSecret,
                            code == null ? "" : code.strip(),
                            password,
                            currentCode);
            newSecret = null;
            qrCode = null;
            enabled = true;
            recoveryCodesLeft = recoveryCodes.size();
        } catch (Refused refused) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "security:" + refused.field(),
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "security:code",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
        code = null;
        password = null;
        currentCode = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCurrentCode() {
        return currentCode;
    }

    public void setCurrentCode(String currentCode) {
        this.currentCode = currentCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
