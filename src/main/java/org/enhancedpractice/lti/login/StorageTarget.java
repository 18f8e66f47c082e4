package org.enhancedpractice.lti.login;

import java.util.regex.Pattern;

/**
 * The {@code lti_storage_target} login parameter (1EdTech "OIDC Login with LTI Client Side postMessages" v0.1):
 * {@code _parent} (the parent or opener window itself) or the name of a frame in the parent window, such as
 * Canvas' {@code post_message_forwarding}. Anything else is refused rather than placed into a page script.
 */
public final class StorageTarget {
    public static final String PARENT = "_parent";
    private static final Pattern FRAME_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private StorageTarget() {
    }

    static boolean invalid(String target) {
        return target == null || !FRAME_NAME.matcher(target).matches();
    }
}
