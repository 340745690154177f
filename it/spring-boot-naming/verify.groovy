// Spring Boot 4 without its parent: spring-boot-hibernate on the class path means Boot's naming
// (PhysicalNamingStrategySnakeCaseImpl + SpringImplicitNamingStrategy, as HibernateProperties.Naming sets them in Boot 4), the dialect comes from the
// JDBC URL of application.yml, and neither the URL nor the credentials reach the pack.
def pack = new File(basedir, 'context-pack')
def yaml = new File(pack, 'context-pack.yaml').text
def customerPage = new File(pack, 'entities/LoyalCustomer.md').text
def log = new File(basedir, 'build.log').text

assert log.contains('context-pack: 3 entities;')
assert yaml =~ /name: framework\s+value: Spring Boot 4\s/
assert yaml =~ /name: dialect\s+value: org\.hibernate\.dialect\.MariaDBDialect\s+provenance: derived\s+source: [^\n]*application\.yml \(spring\.datasource\.url\)/
assert yaml =~ /name: implicitNamingStrategy\s+value: org\.springframework\.boot\.hibernate\.SpringImplicitNamingStrategy\s/
assert yaml =~ /name: physicalNamingStrategy\s+value: org\.hibernate\.boot\.model\.naming\.PhysicalNamingStrategySnakeCaseImpl\s/

// snake_case physical names (PhysicalNamingStrategySnakeCaseImpl)
assert yaml =~ /table:\s+name: loyal_customer\n/
assert yaml =~ /table:\s+name: postal_address\n/
assert yaml.contains('- name: first_name') && yaml.contains('- name: last_name')
assert yaml.contains('- name: street_line') && yaml.contains('- name: post_code') && yaml.contains('- name: display_label')
assert !yaml.contains('firstName\n            table') && !yaml.contains('- name: firstName\n            table')
// @ManyToOne homeAddress: join column <attribute>_<referenced pk>, snake-cased
assert yaml =~ /joinColumns:\s+- name: home_address_id\s+table: loyal_customer/
assert customerPage.contains('`loyal_customer.home_address_id` → `postal_address(id)`')

// Unidirectional @ManyToMany without @JoinTable: SpringImplicitNamingStrategy names the join table
// <owning physical table>_<attribute>, here loyal_customer + favouriteTags, snake-cased by the physical
// strategy: loyal_customer_favourite_tags. (Hibernate's JPA default would be loyal_customer_reward_tag.)
assert yaml =~ /joinTable:\s+table:\s+name: loyal_customer_favourite_tags\s+ownerColumns:\s+- loyal_customer_id\s+ownerTable: loyal_customer\s+targetColumns:\s+- favourite_tags_id\s+targetTable: reward_tag/ :
        'join table is not the one Spring Boot 4 creates (expected loyal_customer_favourite_tags): ' + (yaml =~ /joinTable:\s+table:\s+name: (\S+)/).with { it.find() ? it.group(1) : 'none' }
assert customerPage.contains('join table `loyal_customer_favourite_tags`')
assert !yaml.contains('loyal_customer_reward_tag') && !customerPage.contains('loyal_customer_reward_tag')

// The URL and credentials of application.yml are never copied
pack.eachFileRecurse { f ->
    if (f.isFile()) {
        def text = f.text
        assert !text.contains('localhost/app') : "${f} contains the JDBC URL"
        assert !text.contains('jdbc:mariadb') : "${f} contains the JDBC URL"
        assert !text.contains('s3cret') && !text.contains('app_user') : "${f} contains a credential"
    }
}
return true
