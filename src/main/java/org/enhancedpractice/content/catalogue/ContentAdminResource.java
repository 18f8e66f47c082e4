package org.enhancedpractice.content.catalogue;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.enhancedpractice.content.ContentSettings;
import org.enhancedpractice.content.pkg.PackageProblem;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;
import org.enhancedpractice.content.standard.Ksb;
import org.enhancedpractice.content.standard.KsbCsv;
import org.enhancedpractice.content.standard.StandardFormatException;
import org.enhancedpractice.platform.AdminAccess;
import org.enhancedpractice.platform.Problem;

/**
 * {@code <base>/admin/content}: a tool administrator lists modules and refused packages, uploads a package zip
 * (cmi5 §14.1) under a name, removes an upload, reloads, and imports a standard's published KSBs from CSV.
 * Bearer EPT_ADMIN_TOKEN, as the other admin APIs.
 */
@Path("admin/content")
@RequestScoped
public class ContentAdminResource {
    private static final Logger LOG = Logger.getLogger(ContentAdminResource.class.getName());
    @Inject AdminAccess admin;
    @Inject ContentCatalogue catalogue;
    @Inject ContentSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        return report(catalogue.current()).build().toString();
    }

    @POST
    @Path("reload")
    @Produces(MediaType.APPLICATION_JSON)
    public String reload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        return report(catalogue.reload()).build().toString();
    }

    @PUT
    @Path("packages/{name}")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("name") String name,
                           @QueryParam("file") String fileName, InputStream body) throws IOException {
        admin.require(authorization);
        byte[] zip = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.uploadMaxBytes() + 1));
        if (zip.length > settings.uploadMaxBytes()) {
            throw new Problem(413, "package_too_large", "Package too large", "Uploads are limited to "
                    + settings.uploadMaxBytes() + " bytes (ept.content.upload.max-bytes).");
        }
        UploadOutcome outcome = catalogue.upload(name, fileName == null ? name + ".zip" : fileName, zip);
        if (outcome.loaded() == null) {
            outcome.problems().forEach(p -> LOG.warning(() -> "Upload refused: " + p));
            return Response.status(400).type("application/problem+json").entity(refused(outcome.problems())).build();
        }
        LOG.info(() -> "Package " + name + " uploaded and loaded (" + zip.length + " bytes)");
        return Response.ok(JSON.createObjectBuilder().add("loaded", name)
                .add("courseId", outcome.loaded().course().id()).build().toString()).build();
    }

    @DELETE
    @Path("packages/{name}")
    public Response remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("name") String name) {
        admin.require(authorization);
        if (!catalogue.removeUpload(name)) {
            throw new Problem(404, "package_not_found", "No such upload", "No uploaded package is named " + name + ".");
        }
        return Response.noContent().build();
    }

    /** Replaces the KSBs of a loaded standard version with the published list (CSV: id,type,pillar,statement). */
    @PUT
    @Path("standards/{reference}/{version}/ksbs")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public String importKsbs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @PathParam("reference") String reference, @PathParam("version") String version,
                             byte[] csv) throws IOException {
        admin.require(authorization);
        ApprenticeshipStandard base = catalogue.current().standard(reference, version).orElseThrow(() -> new Problem(404,
                "standard_not_found", "No such standard version", "Load a catalogue for " + reference + " version "
                + version + " first (content-packages/standards/)."));
        List<Ksb> ksbs;
        try {
            ksbs = KsbCsv.read(new StringReader(new String(csv, StandardCharsets.UTF_8)));
        } catch (StandardFormatException e) {
            throw new Problem(400, "ksb_csv_invalid", "The KSB file has problems", e.getMessage());
        }
        ApprenticeshipStandard imported = base.withKsbs(ksbs, false);
        catalogue.importStandard(imported, StandardJson.write(imported));
        return JSON.createObjectBuilder().add("reference", reference).add("version", version)
                .add("ksbs", ksbs.size()).add("illustrative", false).build().toString();
    }

    private static JsonObjectBuilder report(CatalogueSnapshot snapshot) {
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        snapshot.packages().values().forEach(p -> modules.add(JSON.createObjectBuilder().add("name", p.key())
                .add("courseId", p.course().id()).add("title", p.course().title().best())
                .add("source", p.source().name().toLowerCase(java.util.Locale.ROOT))
                .add("units", p.course().units().count())));
        JsonArrayBuilder standards = JSON.createArrayBuilder();
        snapshot.standards().values().forEach(s -> standards.add(JSON.createObjectBuilder().add("reference", s.reference())
                .add("version", s.version()).add("ksbs", s.ksbs().size()).add("illustrative", s.illustrative())));
        return JSON.createObjectBuilder().add("modules", modules).add("standards", standards)
                .add("problems", problems(snapshot.problems()));
    }

    private static String refused(List<PackageProblem> problems) {
        return JSON.createObjectBuilder().add("type", Problem.TYPE_BASE + "package_refused")
                .add("title", "Package refused").add("status", 400)
                .add("detail", problems.size() + " problem(s); nothing was stored")
                .add("code", "package_refused").add("problems", problems(problems)).build().toString();
    }

    private static JsonArrayBuilder problems(List<PackageProblem> problems) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        problems.forEach(p -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("package", p.packageName()).add("file", p.file())
                    .add("reason", p.reason());
            if (p.element() != null) {
                o.add("element", p.element());
            }
            out.add(o);
        });
        return out;
    }
}
