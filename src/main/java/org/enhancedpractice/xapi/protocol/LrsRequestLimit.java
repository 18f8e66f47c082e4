package org.enhancedpractice.xapi.protocol;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.XapiSettings;

/**
 * Request size limit of the LRS ({@code xapi.request.max-bytes}; xAPI 1.0.3 Part 3 §1.5.2 lets an LRS refuse
 * statements larger than it is configured to allow): a declared Content-Length above the limit is refused with 413
 * before anything is read; a body without one (chunked) is refused with 413 as soon as it passes the limit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class LrsRequestLimit implements ContainerRequestFilter {
    @Inject XapiSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!LrsPaths.isLrs(request)) {
            return;
        }
        long max = settings.maxRequestBytes();
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.trim().matches("\\d{1,18}") && Long.parseLong(declared.trim()) > max) {
            request.abortWith(LrsResponses.problem(tooLarge(max)));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), max));
    }

    static LrsProblem tooLarge(long max) {
        return new LrsProblem(413, LrsProblem.TOO_LARGE, "The LRS accepts request bodies of at most " + max + " bytes");
    }

    /** Counts what is read and fails past the limit. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
