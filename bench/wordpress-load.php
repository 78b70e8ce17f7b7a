<?php
// Installs a stock WordPress (Debian's package) into an empty database and adds the posts and
// pages of an export with WordPress's own wp_insert_post, for bench/wordpress.ts, which reads the
// export with Warta's WXR reader into JSON (php-xml is not part of that install). Run with php-cli:
//   php wordpress-load.php <config name> <site url> <posts.json>
// The config is /etc/wordpress/config-<name>.php, which bench/wordpress.ts writes.
[, $config, $siteUrl, $json] = $argv;
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = parse_url($siteUrl, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/taxonomy.php';

// No mail to the site's admin (there is no mail transport on a bench machine).
function wp_new_blog_notification() {}
wp_install('Situs Lama', 'admin', 'admin@example.invalid', false, '', wp_generate_password(24));
update_option('siteurl', $siteUrl);
update_option('home', $siteUrl);
// The export's own address form (http://host/slug/).
update_option('permalink_structure', '/%postname%/');

$export = json_decode(file_get_contents($json), true);
$categoryIds = [];
foreach ($export['categories'] as $c) {
  $term = wp_insert_term($c['name'], 'category', ['slug' => $c['slug']]);
  $categoryIds[$c['slug']] = is_wp_error($term) ? (int) $term->get_error_data('term_exists') : $term['term_id'];
}
$gmt = fn ($iso) => $iso ? gmdate('Y-m-d H:i:s', strtotime($iso)) : '0000-00-00 00:00:00';
$ids = [];
$parents = [];
$count = ['post' => 0, 'page' => 0];
foreach ($export['items'] as $item) {
  $id = wp_insert_post([
    'post_type' => $item['postType'],
    'post_title' => $item['title'],
    'post_content' => $item['content'],
    'post_excerpt' => $item['excerpt'],
    'post_name' => $item['slug'],
    'post_status' => $item['status'],
    'post_date' => $item['postDate'],
    'post_date_gmt' => $gmt($item['dateGmt']),
    'post_category' => array_values(array_filter(array_map(fn ($slug) => $categoryIds[$slug] ?? 0, $item['categories']))),
    'tags_input' => $item['tags'],
  ], true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  $ids[$item['postId']] = $id;
  if ($item['parentId']) $parents[$id] = $item['parentId'];
  $count[$item['postType']]++;
}
foreach ($parents as $id => $old) if (isset($ids[$old])) wp_update_post(['ID' => $id, 'post_parent' => $ids[$old]]);
flush_rewrite_rules();
echo json_encode($count), "\n";
