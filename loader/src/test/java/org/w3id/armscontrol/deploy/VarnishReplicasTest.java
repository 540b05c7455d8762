package org.w3id.armscontrol.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The replicas behind Varnish (deploy/varnish/default.vcl); skipped when varnishd is not installed. */
class VarnishReplicasTest extends CachedReplicasContract {
    @Override
    CacheProcess startCache(Path dir, int replica1, int replica2) throws Exception {
        Path varnishd = CacheProcess.binary("varnishd").orElse(null);
        Assumptions.assumeTrue(varnishd != null,
                "varnishd is not installed (Debian: apt-get install varnish; .ci/run installs it): this test needs a real Varnish");
        return Varnish.start(varnishd, dir, replica1, replica2);
    }
}
