package id.go.bps.pst.walkin.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeSettingRepository extends JpaRepository<OfficeSetting, String> {
}
