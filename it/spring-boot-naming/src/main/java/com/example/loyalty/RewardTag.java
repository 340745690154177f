package com.example.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class RewardTag {
    @Id
    @GeneratedValue
    private Long id;

    private String displayLabel;
}
