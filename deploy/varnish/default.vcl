# Varnish in front of N read-only replicas of one Arms Control KG build: round-robin load
# balancing and an HTTP cache that answers repeated reads itself. Run it with, for example:
#
#   varnishd -F -a 127.0.0.1:6081 -f /path/to/deploy/varnish/default.vcl -s malloc,1G -n /srv/kg-varnish
#
# Add one backend per replica (`./kg serve --port N` on each, all serving the same build) and
# add it to the director in vcl_init. See docs/SCALING.md. VarnishReplicasTest runs this very
# file (only the two replica ports changed to free ports).
vcl 4.1;

import directors;

# Each replica is asked for Fuseki's /$/ping every 2 s; one that fails 2 of the last 3 is left out.
probe ping {
    .url = "/$/ping";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend replica1 {
    .host = "127.0.0.1";
    .port = "3031";
    .probe = ping;
}

backend replica2 {
    .host = "127.0.0.1";
    .port = "3032";
    .probe = ping;
}

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(replica1);
    replicas.add_backend(replica2);
}

sub vcl_recv {
    set req.backend_hint = replicas.backend();
    # Nothing else: Varnish's built-in logic caches GET and HEAD and passes everything else
    # (a POSTed query is never cached). The server's own headers decide what is kept: a
    # successful read is "Cache-Control: public, max-age=300" with a weak ETag and
    # "Vary: Accept" (each Accept is stored apart); an error is "no-store" and is not kept.
}

sub vcl_backend_fetch {
    # Resolved for every attempt, so a retry goes to the next replica.
    set bereq.backend = replicas.backend();
}

sub vcl_backend_error {
    # A replica that refuses the connection before its probe says so: try the next one, once.
    if (bereq.retries < 1) {
        return (retry);
    }
}

sub vcl_deliver {
    # Shows whether a replica did the work; Varnish's own Age header says how old a hit is.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
